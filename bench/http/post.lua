-- wrk script for post.js: POST a ~1 KiB JSON document.
local items = {}
for i = 1, 40 do items[#items + 1] = string.format('{"id":%d,"tag":"item-%d"}', i, i) end
wrk.method = "POST"
wrk.body = '{"name":"tide","items":[' .. table.concat(items, ",") .. ']}'
wrk.headers["Content-Type"] = "application/json"
