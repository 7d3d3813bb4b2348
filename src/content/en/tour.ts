/** English text of the guided tour and presenter mode: the talk's story, chapter by chapter. */
export const tour = {
  'tour.title': 'Guided tour',
  'tour.intro': 'Ten short chapters tell the whole story, driving the graph and the lab as they go.',
  'tour.start': 'Start the tour',
  'tour.next': 'Next chapter',
  'tour.prev': 'Previous chapter',
  'tour.chapter': 'Chapter {n} of {total}',
} as const;
