/** ガイドツアーとプレゼンターモードの日本語。講演の話を章ごとに。キーは en/tour.ts と同じ。 */
import type { Words } from '../catalogue';
import type { tour as english } from '../en/tour';

export const tour: Words<typeof english> = {
  'tour.title': 'ガイドツアー',
  'tour.intro': '10 の短い章で話全体をたどります。章に合わせてグラフとラボが動きます。',
  'tour.start': 'ツアーを始める',
  'tour.next': '次の章',
  'tour.prev': '前の章',
  'tour.chapter': '第 {n} 章 / 全 {total} 章',
};
