/**
 * The code the timed runs execute, bundled by bench/bundle.ts as it ships: the signing core and the
 * noble floor. (Imported straight under tsx instead, every closure would pay for tsx's name-keeping
 * helper, which the app's build does not have and smithy's and aws4's published JavaScript does not either.)
 */
export * from '../src/sigv4/index';
export { sha256Bytes } from '../src/sigv4/bytes';
export { floorSign } from './floor';
