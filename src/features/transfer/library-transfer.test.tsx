import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LibraryTransfer } from './library-transfer';
import { SafeText } from './safe-text';

describe('LibraryTransfer', () => {
  it('refuses a file over 5 MB from its size, without reading it', async () => {
    render(<LibraryTransfer />);
    const big = new File([new Uint8Array(5 * 1024 * 1024 + 10)], 'big.json', { type: 'application/json' });
    const read = vi.spyOn(big, 'arrayBuffer');
    await userEvent.upload(screen.getByLabelText('Import decisions'), big);
    expect(await screen.findByRole('alert')).toHaveTextContent('Nothing was imported');
    expect(screen.getByRole('alert')).toHaveTextContent('big.json — file size: The file is too large (5.00 MB): Forkpoint imports files of up to 5 MB.');
    expect(read).not.toHaveBeenCalled();
  });

  it('shows where a malformed file breaks', async () => {
    render(<LibraryTransfer />);
    await userEvent.upload(screen.getByLabelText('Import decisions'), new File(['{\n  "formatVersion": 1,\n  oops\n}'], 'bad.json', { type: 'application/json' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('bad.json — line 3, column 3: This is not valid JSON here.');
  });
});

describe('judging each file on its own', () => {
  it('previews the files that read cleanly and lists the refused ones with why', async () => {
    const { recordToJson } = await import('../../domain/export/to-json');
    const { buySession, recordOf } = await import('../../domain/testing/records');
    render(<LibraryTransfer />);
    const good = new File([recordToJson(recordOf(buySession(), 'rec_good'))], 'good.json', { type: 'application/json' });
    const bad = new File(['{ "formatVersion": 1, oops'], 'bad.json', { type: 'application/json' });
    const foreign = new File(['# 2. Use PostgreSQL\n\nDate: 2026-01-05\n'], '0002-use-postgresql.md', { type: 'text/markdown' });
    await userEvent.upload(screen.getByLabelText('Import decisions'), [good, bad, foreign]);
    const preview = await screen.findByRole('region', { name: 'Ready to import' });
    expect(preview).toHaveTextContent('2 files will not be imported');
    expect(preview).toHaveTextContent('bad.json — line 1');
    expect(preview).toHaveTextContent('0002-use-postgresql.md');
    expect(screen.getByRole('button', { name: 'Import 1 decision' })).toBeInTheDocument();
  });
});

describe('SafeText', () => {
  it('renders markup as text and links only http(s) and mailto', () => {
    const { container } = render(<SafeText text={'<img src=x onerror="alert(1)"> javascript:alert(1) https://example.com'} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['https://example.com/']);
    expect(container).toHaveTextContent('<img src=x onerror="alert(1)"> javascript:alert(1) https://example.com');
  });
});
