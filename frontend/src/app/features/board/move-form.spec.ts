import type { MoveOptionDto } from '@dondoc/contracts';
import { aCard } from '../../../testing/factories';
import { buildTransitionRequest, fieldsFor } from './move-form';

function aMove(needs: string[] = [], event = 'SUBMIT'): MoveOptionDto {
  return { event, to: 'submitted', needs };
}

describe('fieldsFor', () => {
  it.each([
    [[], []],
    [['reason'], ['reason']],
    [['deliverable'], ['deliverableRef']],
    [['issuedDocument'], ['issuedNumber', 'issuedOn']],
    [
      ['extensionDate', 'reason'],
      ['newDue', 'reason'],
    ],
    [['unknown-need'], []],
  ])('asks for %p with the inputs %p', (needs, keys) => {
    expect(fieldsFor(aMove(needs)).map((input) => input.key)).toEqual(keys);
  });
});

describe('buildTransitionRequest', () => {
  const card = aCard({ version: 7 });

  it('sends a move that needs nothing with the version the user saw', () => {
    expect(buildTransitionRequest(card, aMove([], 'REVIEW'))).toEqual({
      ok: true,
      request: { event: 'REVIEW', expectedVersion: 7 },
    });
  });

  it.each([
    [
      'a reason, also as the comment',
      ['reason'],
      { reason: '  Thiếu số liệu ' },
      { comment: 'Thiếu số liệu', payload: { reason: 'Thiếu số liệu' } },
    ],
    [
      'a deliverable reference',
      ['deliverable'],
      { deliverableRef: 'KH 158/KH-UBND' },
      { payload: { deliverableRef: 'KH 158/KH-UBND' } },
    ],
    [
      'an issued document with an ISO date',
      ['issuedDocument'],
      { issuedNumber: '12/QĐ-UBND', issuedOn: '5/1/2026' },
      { payload: { issuedNumber: '12/QĐ-UBND', issuedOn: '2026-01-05' } },
    ],
    [
      'a measured value with a decimal comma',
      ['measuredValue'],
      { measuredValue: '62,5', evidence: 'Báo cáo quý' },
      { payload: { measuredValue: 62.5, evidence: 'Báo cáo quý' } },
    ],
    [
      'a progress report without the optional percent',
      ['progressReport'],
      { summary: 'Đã họp' },
      { payload: { summary: 'Đã họp' } },
    ],
    ['a plain comment', ['comment'], { comment: 'Đã xem' }, { comment: 'Đã xem' }],
  ])('builds %s', (_case, needs, values, expected) => {
    const built = buildTransitionRequest(card, aMove(needs), values);
    expect(built).toEqual({ ok: true, request: { event: 'SUBMIT', expectedVersion: 7, ...expected } });
  });

  it.each([
    ['a missing reason', ['reason'], {}, { reason: 'required' }],
    ['a blank reason', ['reason'], { reason: '   ' }, { reason: 'required' }],
    [
      'an impossible date',
      ['issuedDocument'],
      { issuedNumber: '12/QĐ', issuedOn: '31/02/2026' },
      { issuedOn: 'invalidDate' },
    ],
    [
      'an ISO date typed by hand',
      ['issuedDocument'],
      { issuedNumber: '12/QĐ', issuedOn: '2026-01-05' },
      { issuedOn: 'invalidDate' },
    ],
    [
      'a value that is not a number',
      ['measuredValue'],
      { measuredValue: 'nhiều', evidence: 'x' },
      { measuredValue: 'invalidNumber' },
    ],
    [
      'a percent over 100',
      ['progressReport'],
      { summary: 'x', percentDone: '120' },
      { percentDone: 'invalidPercent' },
    ],
  ])('refuses %s', (_case, needs, values, errors) => {
    expect(buildTransitionRequest(card, aMove(needs), values)).toEqual({ ok: false, errors });
  });
});
