// Every language's tables at once, for callers that read any page synchronously: the command line, the benches,
// the tests, and extractArticle outside the browser.
import { cjk } from './cjk';
import { european } from './european';
import { tables } from './languages';

tables.european = european;
tables.cjk = cjk;
