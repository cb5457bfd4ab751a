// A byte stream → its lines as bytes, each without its "\n" or "\r\n".
//
//   chunks "a1\r\nb" + "2\n"  →  <a1>, <b2>
//   "a\n\nb"                  →  <a>, <>, <b>      (a last line needs no "\n")
//
// Works on bytes so a character split across two chunks is never mangled, and so a
// line's UTF-8 can be checked before it is decoded. Only the current line is held.

export async function* splitLines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Buffer> {
  let pieces: Buffer[] = [];
  for await (const chunk of chunks) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    let start = 0;
    for (let end = buffer.indexOf(0x0a, start); end !== -1; end = buffer.indexOf(0x0a, start)) {
      const piece = buffer.subarray(start, end);
      const line = pieces.length === 0 ? piece : Buffer.concat([...pieces, piece]);
      pieces = [];
      yield withoutCarriageReturn(line);
      start = end + 1;
    }
    if (start < buffer.length) pieces.push(buffer.subarray(start));
  }
  if (pieces.length > 0) yield withoutCarriageReturn(Buffer.concat(pieces));
}

function withoutCarriageReturn(line: Buffer): Buffer {
  return line.length > 0 && line[line.length - 1] === 0x0d ? line.subarray(0, line.length - 1) : line;
}
