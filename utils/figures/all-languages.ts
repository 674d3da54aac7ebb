// Every language's tables at once, for callers that read any page synchronously: the command line, the benches,
// the tests, and extractArticle outside the browser.
import './european';
import './cjk';
