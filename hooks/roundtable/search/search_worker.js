/* exhibit: Chinese query segmentation, called by Material's search worker as patched by
 * hooks/roundtable/search/search_terms.py (see material_internals.WORKER_FIXES).
 *
 * A run of Han characters typed in the search box is cut into words the index holds, so
 * that every word is then required: 无人驾驶精度 → 无人驾驶 精度. The cut must cover the
 * whole run with words of two characters or more; a one-character word is never a fallback
 * (小样本 is not 小 + 样本), except a function word (的, 和…), which is dropped, and the
 * run's last piece, which may be the start of a word still being typed (大模型的局 → 大模型,
 * 局…). A run that cannot be covered is searched whole, and so matches only a word that
 * starts with it: 知识蒸馏, which the exhibit never says, matches nothing. */
/* GPT-3 → GPT 3: each word of a query, split where the index splits text (the search
 * plugin's `separator`), so that each part is a word the query requires. */
function exhibitSplit(query) {
  var separator = lunr.tokenizer.separator.source
  return query.replace(new RegExp("(\\S)(?:" + separator + ")(?=\\S)", "g"), "$1 ")
}

var EXHIBIT_FUNCTION_WORDS = "的了和与及或是在把被对也都就还而之"

function exhibitStartsWord(piece, index) {
  for (var word in index)
    if (word.lastIndexOf(piece, 0) === 0) return true
  return false
}

function exhibitSegment(run, index) {
  if (run.length < 2) return [run]
  /* best[i]: the fewest words covering run.slice(0, i), or null */
  var best = [[]]
  for (var k = 1; k <= run.length; k++) best.push(null)
  for (var i = 0; i < run.length; i++) {
    if (best[i] === null) continue
    for (var j = run.length; j > i; j--) {
      var piece = run.slice(i, j)
      var last = j === run.length
      var found = piece.length >= 2 && piece in index
      var fn = piece.length === 1 && EXHIBIT_FUNCTION_WORDS.indexOf(piece) >= 0
      var prefix = !found && !fn && last && exhibitStartsWord(piece, index)
      if (!found && !fn && !prefix) continue
      var next = fn ? best[i] : best[i].concat([piece])
      if (best[j] === null || next.length < best[j].length) best[j] = next
    }
  }
  var words = best[run.length]
  return words && words.length ? words : [run]
}

/* 迴圈 and 回圈 alike: each Traditional character folded to its Simplified form, in the
 * query and in every token indexed (hooks/roundtable/search/search_fold.py). EXHIBIT_FOLD_PAIRS,
 * written at build time from OpenCC before this script, holds the site's characters as
 * Traditional–Simplified pairs. A character keeps its length, so positions still hold. */
var EXHIBIT_FOLD = (function () {
  var table = {}
  var pairs = typeof EXHIBIT_FOLD_PAIRS === "string" ? EXHIBIT_FOLD_PAIRS : ""
  for (var i = 0; i + 1 < pairs.length; i += 2) table[pairs[i]] = pairs[i + 1]
  return table
})()

function exhibitFold(text) {
  var folded = ""
  for (var i = 0; i < text.length; i++) folded += EXHIBIT_FOLD[text[i]] || text[i]
  return folded
}

function exhibitFolding(tokenize) {
  return function () {
    var tokens = tokenize.apply(this, arguments)
    for (var i = 0; i < tokens.length; i++) tokens[i].str = exhibitFold(tokens[i].str)
    return tokens
  }
}
