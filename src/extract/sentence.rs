//! Splitting an article body into sentences, and telling the boilerplate (publisher's footer,
//! closing source list) apart from claims.

use std::ops::Range;

/// Words that end with a period without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "gen", "lt", "col", "maj", "capt", "cpt", "adm", "sgt", "mr", "mrs", "ms", "dr", "prof", "st",
    "no", "nos", "vol", "approx", "e.g", "i.e", "etc", "vs", "cf", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "sen", "rep",
    "gov", "pres", "amb", "dept", "co", "inc", "ltd", "jr", "sr", "mt", "ft", "fig", "p", "pp",
    "ca", "est", "acc",
];

/// Words that start sentences but are not names, so the period before them ends a sentence
/// even after an initial or "U.S.".
const SENTENCE_STARTERS: &[&str] = &[
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "It",
    "Its",
    "This",
    "That",
    "These",
    "Those",
    "He",
    "She",
    "They",
    "We",
    "But",
    "And",
    "Yet",
    "For",
    "As",
    "If",
    "When",
    "While",
    "Since",
    "After",
    "Before",
    "Both",
    "All",
    "Some",
    "There",
    "Their",
    "His",
    "Her",
    "Such",
    "Most",
    "Many",
    "Officials",
    "Analysts",
    "Last",
    "Next",
    "Now",
    "However",
    "Meanwhile",
    "Still",
    "So",
    "By",
    "With",
    "Without",
    "Under",
    "Until",
    "According",
    "One",
    "Two",
];

/// The paragraphs of `body` (which starts at byte `base` of the file), without the trailing
/// boilerplate paragraphs.
pub fn paragraphs(text: &str, body: Range<usize>) -> Vec<Range<usize>> {
    let mut paras = Vec::new();
    let mut start = None;
    let mut pos = body.start;
    for line in text[body.clone()].split_inclusive('\n') {
        let blank = line.trim().is_empty();
        match (blank, start) {
            (false, None) => start = Some(pos),
            (true, Some(s)) => {
                paras.push(s..trim_end(text, s, pos));
                start = None;
            }
            _ => {}
        }
        pos += line.len();
    }
    if let Some(s) = start {
        paras.push(s..trim_end(text, s, body.end));
    }
    while let Some(last) = paras.last() {
        if is_boilerplate(&text[last.clone()]) {
            paras.pop();
        } else {
            break;
        }
    }
    paras
}

fn trim_end(text: &str, start: usize, end: usize) -> usize {
    start + text[start..end].trim_end().len()
}

/// The publisher's footer or the closing list of sources in parentheses.
pub fn is_boilerplate(para: &str) -> bool {
    let p = para.trim();
    let lower = p.to_lowercase();
    if p.starts_with('(')
        && p.ends_with(')')
        && (lower.starts_with("(source")
            || lower.contains("interfax")
            || lower.contains("itar-tass")
            || lower.contains("reuters")
            || lower.contains("rfe/rl"))
    {
        return true;
    }
    const FOOTER: &[&str] = &[
        "©",
        "copyright",
        "all rights reserved",
        "reproduction",
        "reprint",
        "is a publication of",
        "is published by",
        "published by the",
        "subscribe",
        "subscription",
        "contact:",
        "e-mail",
        "email:",
        "www.",
        "http",
        "@",
    ];
    FOOTER.iter().filter(|m| lower.contains(**m)).count() >= 1 && p.split_whitespace().count() < 80
}

/// The sentences of a paragraph, as byte ranges of the file.
pub fn sentences(text: &str, para: Range<usize>) -> Vec<Range<usize>> {
    let s = &text[para.clone()];
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        // (a list item starts a sentence whatever ended the line before: "Positions:\n•
        // Moldova ..."; so does a labelled line after a heading's colon: "How they stand:\n
        // Tajikistan: in the treaty ...", not the rest of a sentence: "founded by six
        // states:\nChina, Russia, ...")
        if c == b'\n'
            && (opens_list_item(&s[..i], &s[i + 1..])
                || s[..i].trim_end().ends_with(':') && opens_label(&s[i + 1..]))
        {
            push(&mut out, s, para.start, start, i);
            start = i + 1;
            i = start;
            continue;
        }
        if matches!(c, b'.' | b'!' | b'?') {
            // Include closing quotes and brackets.
            let mut end = i + 1;
            while end < bytes.len() && matches!(bytes[end], b'"' | b'\'' | b')') {
                end += 1;
            }
            let rest = &s[end..];
            let next = rest.trim_start();
            let ws = rest.len() - next.len();
            let starts_new = ws > 0
                && next.chars().next().is_some_and(|n| {
                    n.is_uppercase() || n.is_ascii_digit() || matches!(n, '"' | '“' | '(' | '‘')
                });
            let next_word = next
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            if (starts_new || next.is_empty())
                && !(c == b'.' && is_abbreviation(&s[..i], next_word))
            {
                push(&mut out, s, para.start, start, end);
                start = end + ws;
                i = start;
                continue;
            }
            i = end;
            continue;
        }
        i += 1;
    }
    push(&mut out, s, para.start, start, s.len());
    out
}

/// Whether a line opens with a list item's marker: a bullet, or a hyphen or an en dash before a
/// capitalised word ("- Moldova is ...") after a line that ends a sentence or a heading or is
/// an item itself (a wrapped line may open with a spaced hyphen: "this spring\n- Georgia,
/// Azerbaijan and Uzbekistan - and ..."); not an em dash. `before` is the text up to the line.
fn opens_list_item(before: &str, line: &str) -> bool {
    let line = line.trim_start_matches([' ', '\t']);
    let mut chars = line.chars();
    let (Some(marker), Some(space)) = (chars.next(), chars.next()) else {
        return false;
    };
    if !space.is_whitespace() {
        return false;
    }
    match marker {
        '•' | '·' | '▪' | '◦' | '‣' | '►' | '*' => true,
        '-' | '–' => {
            let previous = before.rsplit('\n').next().unwrap_or("").trim();
            chars.as_str().trim_start().starts_with(char::is_uppercase)
                && (previous.ends_with([':', '.', '!', '?', ';', ')'])
                    || previous.starts_with(['-', '–', '•', '*']))
        }
        _ => false,
    }
}

/// Whether a line opens with a short capitalised label and a colon: "Tajikistan: in the
/// treaty", "CSTO (7): Armenia, ...".
fn opens_label(line: &str) -> bool {
    let line = line.trim_start();
    let Some((label, _)) = line.split_once(':') else {
        return false;
    };
    line.starts_with(char::is_uppercase)
        && !label.contains([',', '.', '\n'])
        && label.split_whitespace().count() <= 4
}

fn push(out: &mut Vec<Range<usize>>, s: &str, base: usize, start: usize, end: usize) {
    let piece = &s[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        out.push(base + start + lead..base + start + lead + trimmed.len());
    }
}

/// Whether the text before a period ends with an abbreviation or an initial.
fn is_abbreviation(before: &str, next_word: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"')
        .next()
        .unwrap_or("");
    let w = word
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    if w.chars().count() == 1
        && w.chars().all(|c| c.is_alphabetic())
        && word.chars().any(|c| c.is_uppercase())
    {
        // An initial ("Gen. A. Ivanov", "V. Putin"): after a capitalised word, an abbreviation, a
        // comma or at the start; not after a lowercase word ("its awkward second U. Tashkent").
        let prev = before[..before.len() - word.len()].trim_end();
        let prev_word = prev.rsplit(char::is_whitespace).next().unwrap_or("");
        let after_name = prev.is_empty()
            || prev.ends_with(',')
            || prev.ends_with('(')
            || prev_word.chars().next().is_some_and(char::is_uppercase);
        return after_name && !SENTENCE_STARTERS.contains(&next_word);
    }
    if SENTENCE_STARTERS.contains(&next_word)
        && (w == "u.s" || w == "u.k" || w == "u.n" || w == "etc")
    {
        return false;
    }
    // "No. 94/92" is a number; "Is Turkmenistan in the SCO? No. Will Georgia join?" an answer.
    if w == "no" || w == "nos" {
        return next_word.starts_with(|c: char| c.is_ascii_digit());
    }
    ABBREVIATIONS.contains(&w.as_str())
        || (w.contains('.') && w.split('.').all(|p| p.chars().count() <= 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> Vec<&str> {
        sentences(s, 0..s.len())
            .into_iter()
            .map(|r| &s[r])
            .collect()
    }

    #[test]
    fn respects_abbreviations_and_initials() {
        assert_eq!(
            split(
                "Gen. A. Ivanov met U.S. envoys in St. Petersburg. Uzbekistan left GUUAM in 2005. It was approx. 1,500 men."
            ),
            [
                "Gen. A. Ivanov met U.S. envoys in St. Petersburg.",
                "Uzbekistan left GUUAM in 2005.",
                "It was approx. 1,500 men."
            ]
        );
    }

    #[test]
    fn list_items_start_sentences() {
        assert_eq!(
            split("Members:\n• Armenia\n- Belarus joined.\n— and more\n- then less"),
            [
                "Members:",
                "• Armenia",
                "- Belarus joined.\n— and more\n- then less"
            ]
        );
    }

    #[test]
    fn drops_footer_and_sources() {
        let body = "Georgia left the CIS.\n\nThe bulletin is a publication of the Foundation. Contact: x@y.example\n\n(Sources: Interfax, May 2)\n";
        let paras = paragraphs(body, 0..body.len());
        assert_eq!(paras.len(), 1);
        assert_eq!(&body[paras[0].clone()], "Georgia left the CIS.");
    }
}
