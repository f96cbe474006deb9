// A top-level await that never settles: the loop empties, and the exit code is 13 (Node's
// "unsettled top-level await"), which the 'exit' listeners already see (Node 22/24; node v20 shows
// them 0). Node also prints the line of the stalled await under the warning: V8 10.2 cannot tell
// which await stalled, so tide names the module only (the .stderr golden is tide's).
process.on('exit', (code) => console.log('exit', code));
console.log('before');
await new Promise(() => {});
console.log('not reached');
