import { contextWith } from '../testing/context-factory';
import { fourEyesBreach, notReviewerOfVersion, notSubmitterOfVersion } from './four-eyes';

describe('four-eyes guards', () => {
  const version = contextWith({ submittedBy: 'u-sub', reviewedBy: 'u-rev' });

  it.each([
    ['the submitter', 'u-sub', false, true],
    ['the reviewer', 'u-rev', true, false],
    ['a third person', 'u-other', true, true],
  ])('%s: may check %p, may approve after review %p', (_name, userId, notSubmitter, notReviewer) => {
    expect(notSubmitterOfVersion(version, userId)).toBe(notSubmitter);
    expect(notReviewerOfVersion(version, userId)).toBe(notReviewer);
  });

  it('lets anyone act on a version whose submitter and reviewer are unknown (rows older than the rule)', () => {
    expect(notSubmitterOfVersion(contextWith(), 'u-sub')).toBe(true);
    expect(notReviewerOfVersion(contextWith(), 'u-rev')).toBe(true);
  });

  it('names the first rule broken, in the order the move lists them', () => {
    const both = contextWith({ submittedBy: 'u-x', reviewedBy: 'u-x' });
    expect(fourEyesBreach(['notSubmitterOfVersion', 'notReviewerOfVersion'], both, 'u-x')).toBe(
      'FOUR_EYES_SUBMITTER',
    );
    expect(fourEyesBreach(['notReviewerOfVersion'], both, 'u-x')).toBe('FOUR_EYES_REVIEWER');
    expect(fourEyesBreach(['notSubmitterOfVersion'], both, 'u-y')).toBeNull();
  });
});
