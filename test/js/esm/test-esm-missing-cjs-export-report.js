// A named import a CommonJS module does not provide: Node's message explains how to import it
// through the default export.
import { missing, present } from './cjs-dependency.cjs';

console.log('not reached', missing, present);
