/**
 * Where JSON text first goes wrong: `JSON.parse` says so only in some engines'
 * messages, so a small scanner finds the offset itself. `end` is true when the
 * text stops before the value is complete (a truncated file).
 */
export function findJsonError(text: string): { offset: number; end: boolean } | null {
  let i = 0;
  const fail = (): never => {
    throw new JsonAt(Math.min(i, text.length), i >= text.length);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i++;
  };
  const expect = (literal: string) => {
    for (const ch of literal) {
      if (text[i] !== ch) fail();
      i++;
    }
  };
  const string = () => {
    expect('"');
    while (text[i] !== '"') {
      if (i >= text.length || (text.charCodeAt(i) < 0x20)) fail();
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) {
            i++;
            fail();
          }
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x') || i >= text.length) fail();
      }
      i++;
    }
    i++;
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        string();
        ws();
        expect(':');
        value();
        ws();
        if (text[i] === ',') i++;
        else return expect('}');
      }
    }
    if (ch === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else return expect(']');
      }
    }
    if (ch === '"') return string();
    if (ch === 't') return expect('true');
    if (ch === 'f') return expect('false');
    if (ch === 'n') return expect('null');
    const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!number || number[0] === '' || number[0] === '-') return void fail();
    i += number[0].length;
    if (i >= text.length && /[-.eE+]$/.test(number[0])) fail();
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
    return null;
  } catch (error) {
    if (error instanceof JsonAt) return { offset: error.offset, end: error.end };
    throw error;
  }
}

class JsonAt extends Error {
  constructor(
    readonly offset: number,
    readonly end: boolean,
  ) {
    super(`JSON breaks at ${offset}`);
  }
}
