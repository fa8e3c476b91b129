/*
 * "@username" in a comment. Usernames are dotted (hd.vhxh.head): a mention ends at the last letter
 * or digit, so the full stop closing a sentence is not part of it.
 */
const MENTION = /(^|[^\p{L}\p{N}._-])@([\p{L}\p{N}](?:[\p{L}\p{N}._-]*[\p{L}\p{N}])?)/gu;

/** The distinct usernames a text mentions, lower-cased, in order of first mention. */
export function mentionedUsernames(text: string): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(MENTION)) names.add(match[2].toLowerCase());
  return [...names];
}
