/** 日本語のカタログ。言語を選んだときに読み込む独立したチャンク (遅延読み込みのセクションはさらに別のチャンク)。 */
import type { Catalogue } from '../catalogue';
import { common } from './common';
import { exportMessages } from './export';
import { flow } from './flow';
import { flowExplanations } from './flow-explanations';
import { policy } from './policy';
import { tour } from './tour';

/** Every Japanese message that comes with the language. */
export const messages: Catalogue = { ...common, ...flow, ...flowExplanations, ...tour, ...exportMessages, ...policy };
