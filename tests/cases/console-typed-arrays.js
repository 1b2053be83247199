// Typed arrays, ArrayBuffer and DataView.
console.log(new Uint8Array([1, 2, 3]));
console.log(new Int16Array(2));
console.log(new Float64Array([1.5, -0, NaN]));
console.log(new Float32Array([0.1]));
console.log(new BigInt64Array([1n, -2n]));
console.log(new Uint8ClampedArray([300, -5]));
console.log(new Uint8Array(120));
console.log(new ArrayBuffer(4));
console.log(new Uint8Array([1, 2, 255]).buffer);
console.log(new DataView(new ArrayBuffer(2)));
console.log({ ta: new Uint32Array([7, 8]) });
console.log(new Uint8Array(0));
