import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';

/**
 * A zip written as it goes (fflate's streaming Zip): each file's bytes become Blob parts at once, so an export of
 * 1,000 articles holds its compressed output, not every article's text and images at the same time.
 */
export class ZipWriter {
  private readonly parts: BlobPart[] = [];
  private failure: unknown = null;
  private readonly zip = new Zip((error, chunk) => {
    if (error) this.failure = error;
    else this.parts.push(chunk as Uint8Array<ArrayBuffer>);
  });

  constructor(private readonly mtime: Date) {}

  /** Stored, not compressed: an EPUB's mimetype must be, and images are compressed already. */
  store(name: string, bytes: Uint8Array): void {
    const file = new ZipPassThrough(name);
    file.mtime = this.mtime;
    this.zip.add(file);
    file.push(bytes, true);
    this.check();
  }

  deflate(name: string, text: string): void {
    const file = new ZipDeflate(name, { level: 6 });
    file.mtime = this.mtime;
    this.zip.add(file);
    file.push(new TextEncoder().encode(text), true);
    this.check();
  }

  finish(type: string): Blob {
    this.zip.end();
    this.check();
    return new Blob(this.parts, { type });
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }
}
