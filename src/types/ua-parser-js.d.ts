// The part of ua-parser-js 1.x (MIT) that this library uses. The package ships no declarations, and
// 2.x (which does) is AGPL-3.0, so we pin 1.x and declare what we call. Internal only: none of these
// types may appear in the public API.
declare module 'ua-parser-js' {
  interface UAParserBrowser {
    readonly name?: string | undefined;
    readonly version?: string | undefined;
    readonly major?: string | undefined;
  }

  interface UAParserOs {
    readonly name?: string | undefined;
    readonly version?: string | undefined;
  }

  interface UAParserEngine {
    readonly name?: string | undefined;
    readonly version?: string | undefined;
  }

  interface UAParserInstance {
    getBrowser(): UAParserBrowser;
    getOS(): UAParserOs;
    getEngine(): UAParserEngine;
  }

  interface UAParserConstructor {
    new (userAgent: string): UAParserInstance;
  }

  const UAParser: UAParserConstructor;
  export default UAParser;
}
