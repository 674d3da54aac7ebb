// Function words of the European languages Sift reads besides English (German, French, Spanish, Italian,
// Portuguese, Dutch): articles, prepositions, conjunctions, auxiliaries and particles. A label may not open or close
// with one ("hasta el", "d'économies en", "Nur"), just as an English label may not end on "of the". One small set
// for all: these words are function words wherever they occur, so no table is chosen by language. Loaded with the
// European tables (./european), so an English article's popup carries none of them.
export const EUROPEAN_FUNCTION_WORDS = new Set(
  // de
  (
    'der die das den dem des ein eine einen einem einer eines und oder aber von vom zu zum zur im am auf aus ' +
    'während bei mit nach seit um für über unter vor bis gegen durch als wie auch nur noch schon rund etwa ' +
    'knapp mehr ist sind waren hat haben hatte hatten wird werden wurde wurden sei dass nicht sich es er sie ' +
    'wir ihr ' +
    // fr
    'le la les l un une du de d au aux et ou mais en dans sur pour par avec sans sous vers chez contre entre ' +
    'est afin tandis alors sont était ont été sera qui que qu dont ne pas environ près presque il elle ils ' +
    'elles se ce cette ces ' +
    // es
    'el lo los las del al y o pero con sin para por según desde hasta hacia sobre tras unos unas fue ha han ' +
    'mientras más será cerca casi su sus este esta estos estas ' +
    // it
    'gli uno una di da dei degli delle della dello allo alla alle ai agli nel nello nella nelle nei negli ' +
    'sul sulla sui tra fra e ed ma è sono stato stata hanno circa quasi oltre che non mentre si suo sua loro ' +
    'questo questa ' +
    // pt
    'os uma uns umas dos ao à às na nos nas num numa pelo pela pelos pelas em com sem enquanto até mas é são ' +
    'foi foram tem têm quase não seu seus suas ' +
    // nl
    'het een op te met voor bij uit aan tot naar om maar zijn heeft hebben wordt ongeveer bijna'
  ).split(' '),
);
