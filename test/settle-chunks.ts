/** Every test file waits, after its last test, for the store's chunks still loading (src/store/chunks.ts). */
import { afterAll } from 'vitest';
import { chunksSettled } from '../src/store/chunks';

afterAll(() => chunksSettled());
