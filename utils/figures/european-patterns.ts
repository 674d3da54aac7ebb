// The European languages' words for patterns of the English core (idioms, currency names, page chrome, emergency
// numbers, numbered references): the core adds them to its own once these tables load (`withEuropean`), so an
// English article's popup carries none of them.
import type { EuropeanPatterns } from './languages';

export const EUROPEAN_PATTERNS: EuropeanPatterns = {
  // French, German, Spanish, Italian, Portuguese sayings with a number that states no quantity.
  idioms:
    "faire d[’']une pierre deux coups|en deux temps,? trois mouvements|se mettre en quatre|" +
    'zwei Fliegen mit einer Klappe|auf allen vieren|matar dos pájaros de un tiro|en un dos por tres|' +
    "prendere due piccioni con una fava|in quattro e quattr[’']otto|matar dois coelhos com uma cajadada",
  // Currency names after an amount: "Millionen Pfund", "millones de dólares", "milioni di dollari".
  currencies:
    'USD:dólar,dólare,dollari,dollaro;GBP:pfund,libra esterlina,libra,livre,livre sterling,sterline,sterlina;' +
    'CHF:franken,franchi,franco;JPY:yene;RUB:rublo;CNY:yuan renminbi',
  social: 'Aufrufe|vues|visualizaciones|visualizzazioni|visualizações',
  gallery: 'bild|foto|seite|teil|folge|imagen|immagine|imagem|página|pagina|parte|partie|étape|diapositive',
  reading: 'Lesezeit|de lecture|de lectura|di lettura|de leitura',
  published: 'Veröffentlicht|Aktualisiert|Publié|Mis à jour|Publicado|Actualizado|Pubblicato|Aggiornato',
  emergency: "Notruf(?:nummer)?|numéro d['’]urgence|número de emergencia|numero di emergenza",
  reference:
    'Paragraf|Artikel|Abschnitt|Kapitel|Absatz|Artículo|Capítulo|Articolo|Capitolo|Artigo|Seção|Sezione|Chapitre|Titre',
};
