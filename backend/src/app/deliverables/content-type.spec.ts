import { detectDeliverableType } from './content-type';
import { samples, zipOf } from './testing/sample-files';

describe('detectDeliverableType', () => {
  it.each([
    ['pdf', samples.pdf(), 'application/pdf'],
    ['docx', samples.docx(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['xlsx', samples.xlsx(), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['odt', samples.odt(), 'application/vnd.oasis.opendocument.text'],
    ['ods', samples.ods(), 'application/vnd.oasis.opendocument.spreadsheet'],
    ['png', samples.png(), 'image/png'],
    ['jpeg', samples.jpeg(), 'image/jpeg'],
    ['webp', samples.webp(), 'image/webp'],
  ])('recognises %s by its bytes', (_, bytes, expected) => {
    expect(detectDeliverableType(bytes)).toBe(expected);
  });

  it.each([
    ['a Windows executable', samples.exe()],
    ['an ELF executable', samples.elf()],
    ['an HTML page', samples.html()],
    ['plain text', samples.text()],
    ['a plain zip', samples.zip()],
    ['a macro-enabled Word file', samples.docm()],
    ['an OpenDocument presentation', samples.odp()],
    ['an empty file', Buffer.alloc(0)],
    ['a truncated zip', samples.docx().subarray(0, 40)],
  ])('refuses %s', (_, bytes) => {
    expect(detectDeliverableType(bytes)).toBeNull();
  });

  it('is not fooled by a PDF signature hidden inside an executable', () => {
    expect(detectDeliverableType(Buffer.concat([samples.exe(), samples.pdf()]))).toBeNull();
  });

  it('needs the main part, not only the content-types part, to call a zip Word or Excel', () => {
    const bare = zipOf([{ name: '[Content_Types].xml', content: '<Types/>' }]);
    expect(detectDeliverableType(bare)).toBeNull();
  });

  it('reads OpenDocument only from a stored first `mimetype` entry', () => {
    const late = zipOf([
      { name: 'content.xml', content: '<x/>' },
      { name: 'mimetype', content: 'application/vnd.oasis.opendocument.text' },
    ]);
    expect(detectDeliverableType(late)).toBeNull();
  });
});
