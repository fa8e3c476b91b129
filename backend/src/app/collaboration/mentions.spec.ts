import { mentionedUsernames } from './mentions';

describe('mentionedUsernames', () => {
  it('reads dotted usernames and leaves out the full stop that ends a sentence', () => {
    expect(mentionedUsernames('Nhờ @hd.vhxh.head xem giúp, cảm ơn @HD.Reviewer.')).toEqual([
      'hd.vhxh.head',
      'hd.reviewer',
    ]);
  });

  it('names each user once and ignores e-mail addresses and a bare @', () => {
    expect(mentionedUsernames('@a.b và @a.b; gửi thu@phuong.vn @ nhé')).toEqual(['a.b']);
  });

  it('finds a mention at the start, after punctuation and before a comma', () => {
    expect(mentionedUsernames('@x1,(@y_2) @z-3')).toEqual(['x1', 'y_2', 'z-3']);
  });
});
