'use strict';
// IP address syntax shared by net, dns and url: the textual forms Node accepts (IPv4 dotted quads
// without leading zeros; IPv6 in every compressed form, an embedded IPv4 tail, a zone id).

const octet = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)';
const ipv4 = `(?:${octet}\\.){3}${octet}`;
const hextet = '[0-9a-fA-F]{1,4}';
const ipv4Re = new RegExp(`^${ipv4}$`);
// n leading hextets followed by the rest, for each place the "::" can stand.
const ipv6Forms = [
  `(?:${hextet}:){7}(?:${hextet}|:)`,
  `(?:${hextet}:){6}(?:${ipv4}|:${hextet}|:)`,
  `(?:${hextet}:){5}(?::${ipv4}|(?::${hextet}){1,2}|:)`,
  `(?:${hextet}:){4}(?:(?::${hextet}){0,1}:${ipv4}|(?::${hextet}){1,3}|:)`,
  `(?:${hextet}:){3}(?:(?::${hextet}){0,2}:${ipv4}|(?::${hextet}){1,4}|:)`,
  `(?:${hextet}:){2}(?:(?::${hextet}){0,3}:${ipv4}|(?::${hextet}){1,5}|:)`,
  `(?:${hextet}:){1}(?:(?::${hextet}){0,4}:${ipv4}|(?::${hextet}){1,6}|:)`,
  `(?::(?:(?::${hextet}){0,5}:${ipv4}|(?::${hextet}){1,7}|:))`,
];
const ipv6Re = new RegExp(`^(?:${ipv6Forms.join('|')})(?:%[0-9a-zA-Z-.:]{1,})?$`);

function isIPv4(s) {
  return ipv4Re.test(`${s}`);
}

function isIPv6(s) {
  return ipv6Re.test(`${s}`);
}

function isIP(s) {
  if (isIPv4(s)) return 4;
  if (isIPv6(s)) return 6;
  return 0;
}

module.exports = { isIP, isIPv4, isIPv6 };
