import { TestBed } from '@angular/core/testing';
import { COMMENT_MAX_LENGTH } from '@dondoc/contracts';
import { provideTestTranslations } from '../../../../testing/translate';
import { CollaborationApi } from './collaboration-api';
import { TaskCommentsComponent } from './task-comments.component';

async function render() {
  const comment = jest.fn().mockResolvedValue({});
  TestBed.configureTestingModule({
    imports: [TaskCommentsComponent],
    providers: [provideTestTranslations(), { provide: CollaborationApi, useValue: { comment } }],
  });
  const fixture = TestBed.createComponent(TaskCommentsComponent);
  fixture.componentRef.setInput('taskId', 'task-1');
  fixture.componentRef.setInput('history', []);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const type = async (text: string) => {
    const box = element.querySelector<HTMLTextAreaElement>('[data-testid="comment-text"]');
    if (!box) throw new Error('no comment box');
    box.value = text;
    box.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const said = () => element.querySelector('[data-testid="comment-length"]')?.textContent?.trim();
  const send = () => element.querySelector<HTMLButtonElement>('[data-testid="comment-send"]');
  return { type, said, send, comment };
}

describe('TaskCommentsComponent', () => {
  it('counts the characters against the limit', async () => {
    const { type, said, send } = await render();
    await type('Nhờ phòng VP xem giúp');
    expect(said()).toBe(`21/${COMMENT_MAX_LENGTH} ký tự`);
    expect(send()?.disabled).toBe(false);
  });

  it('names the limit and what to cut when a comment is too long, and does not send it', async () => {
    const { type, said, send, comment } = await render();
    await type('a'.repeat(COMMENT_MAX_LENGTH + 5));
    expect(said()).toBe('Bình luận dài tối đa 4000 ký tự; hãy rút gọn 5 ký tự');
    expect(send()?.disabled).toBe(true);
    send()?.click();
    expect(comment).not.toHaveBeenCalled();
  });
});
