import { fileNameOf, saveFile } from './download';

describe('fileNameOf', () => {
  it('prefers the UTF-8 name so the Vietnamese survives', () => {
    const header = `attachment; filename="bao-cao.docx"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20Qu%C3%BD%20I.docx`;
    expect(fileNameOf(header)).toBe('Báo cáo Quý I.docx');
  });

  it('falls back to the plain name, and to nothing', () => {
    expect(fileNameOf('attachment; filename="phu-luc.xlsx"')).toBe('phu-luc.xlsx');
    expect(fileNameOf(null)).toBeNull();
  });
});

describe('saveFile', () => {
  it('clicks a link to an object URL carrying the file name, then releases the URL', async () => {
    const create = jest.fn(() => 'blob:dondoc/1');
    const revoke = jest.fn();
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
    const clicked: { href: string; download: string }[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ href: this.href, download: this.download });
    });
    saveFile(new Blob(['x']), 'Báo cáo.docx');
    expect(clicked).toEqual([{ href: 'blob:dondoc/1', download: 'Báo cáo.docx' }]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(revoke).toHaveBeenCalledWith('blob:dondoc/1');
    expect(document.querySelector('a[download]')).toBeNull();
    click.mockRestore();
  });
});
