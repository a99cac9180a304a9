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

describe('SafeText', () => {
  it('renders markup as text and links only http(s) and mailto', () => {
    const { container } = render(<SafeText text={'<img src=x onerror="alert(1)"> javascript:alert(1) https://example.com'} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['https://example.com/']);
    expect(container).toHaveTextContent('<img src=x onerror="alert(1)"> javascript:alert(1) https://example.com');
  });
});
