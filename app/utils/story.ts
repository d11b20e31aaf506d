/** The first sentences of a producer's story, whole sentences only: enough to meet the family. */
export function storyOpening(story: string, sentences = 2) {
  const parts = story.match(/[^.!?]+[.!?]+/g) ?? [story];
  return parts.slice(0, sentences).join("").trim();
}
