/**
 * Loaded on demand when the team downloads the map: turns the SVG document
 * into a file, or rasterises it into a PNG on a canvas. Blob URLs only, which
 * the app's Content-Security-Policy allows for images.
 */
import { saveFile } from '../../ui/save-file';

export function downloadSvg(svg: string, fileName: string): void {
  saveFile(`${fileName}.svg`, svg, 'image/svg+xml');
}

export async function downloadPng(svg: string, fileName: string, scale = 2): Promise<void> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth * scale;
    canvas.height = image.naturalHeight * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the map on a canvas.');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!png) throw new Error('The browser could not encode the PNG.');
    saveFile(`${fileName}.png`, png);
  } finally {
    URL.revokeObjectURL(url);
  }
}
