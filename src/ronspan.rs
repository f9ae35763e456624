//! Byte spans of the values in a RON document.
//!
//! `ron` reports syntax errors with a position but gives no spans for values it parsed
//! successfully. Once `ron` has accepted a document, this small scanner walks the same text and
//! records where each value lies, so that a later semantic error ("unknown state") can point at
//! the exact string in the `.ron` file.

use std::ops::Range;

/// One value of a RON document and where it lies.
#[derive(Debug, Clone)]
pub struct Node {
    pub span: Range<usize>,
    pub kind: NodeKind,
}

#[derive(Debug, Clone)]
pub enum NodeKind {
    /// A struct `Name(field: value, ...)`, a tuple `(a, b)` or an enum variant with fields.
    Struct {
        name: Option<Range<usize>>,
        fields: Vec<(Range<usize>, Node)>,
        items: Vec<Node>,
    },
    /// A list `[a, b]`.
    List(Vec<Node>),
    /// A map `{ key: value }`.
    Map(Vec<(Node, Node)>),
    /// A string, number, identifier or other scalar.
    Scalar,
}

/// A step in a path to a value: a field name, a list index or a map key (a string key).
#[derive(Debug, Clone, Copy)]
pub enum Step<'a> {
    Field(&'a str),
    Index(usize),
    Key(&'a str),
}

impl Node {
    /// Follows `path` from this node; `None` when a step does not exist.
    pub fn at(&self, src: &str, path: &[Step<'_>]) -> Option<&Node> {
        let mut node = self;
        for step in path {
            node = match (step, &node.kind) {
                (Step::Field(f), NodeKind::Struct { fields, .. }) => {
                    &fields.iter().find(|(name, _)| &src[name.clone()] == *f)?.1
                }
                (Step::Index(i), NodeKind::List(items)) => items.get(*i)?,
                (Step::Index(i), NodeKind::Struct { items, .. }) => items.get(*i)?,
                (Step::Key(k), NodeKind::Map(entries)) => {
                    &entries
                        .iter()
                        .find(|(key, _)| unquote(&src[key.span.clone()]) == *k)?
                        .1
                }
                _ => return None,
            };
        }
        Some(node)
    }

    /// The span of the field name `field` in this struct, if present.
    pub fn field_name_span(&self, src: &str, field: &str) -> Option<Range<usize>> {
        match &self.kind {
            NodeKind::Struct { fields, .. } => fields
                .iter()
                .find(|(n, _)| &src[n.clone()] == field)
                .map(|(n, _)| n.clone()),
            _ => None,
        }
    }

    /// The map entries of this node (key node, value node).
    pub fn entries(&self) -> &[(Node, Node)] {
        match &self.kind {
            NodeKind::Map(e) => e,
            _ => &[],
        }
    }

    /// The elements of this list or the positional items of this tuple.
    pub fn items(&self) -> &[Node] {
        match &self.kind {
            NodeKind::List(items) | NodeKind::Struct { items, .. } => items,
            _ => &[],
        }
    }
}

/// Removes the quotes of a simple RON string literal (no escape processing beyond `\"`).
pub fn unquote(s: &str) -> &str {
    s.strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .unwrap_or(s)
}

/// Scans a document `ron` has already accepted; `None` if the scanner cannot follow it.
pub fn scan(src: &str) -> Option<Node> {
    let mut s = Scanner {
        src: src.as_bytes(),
        pos: 0,
    };
    s.skip_ws();
    // Skip `#![enable(...)]` attributes.
    while s.peek() == Some(b'#') {
        while s.peek().is_some_and(|c| c != b']') {
            s.pos += 1;
        }
        s.pos += 1;
        s.skip_ws();
    }
    s.value()
}

struct Scanner<'a> {
    src: &'a [u8],
    pos: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.src.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        loop {
            match self.peek() {
                Some(c) if c.is_ascii_whitespace() => self.pos += 1,
                Some(b'/') if self.src.get(self.pos + 1) == Some(&b'/') => {
                    while self.peek().is_some_and(|c| c != b'\n') {
                        self.pos += 1;
                    }
                }
                Some(b'/') if self.src.get(self.pos + 1) == Some(&b'*') => {
                    self.pos += 2;
                    while self.pos + 1 < self.src.len()
                        && &self.src[self.pos..self.pos + 2] != b"*/"
                    {
                        self.pos += 1;
                    }
                    self.pos = (self.pos + 2).min(self.src.len());
                }
                _ => return,
            }
        }
    }

    fn ident(&mut self) -> Option<Range<usize>> {
        let start = self.pos;
        while self
            .peek()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80)
        {
            self.pos += 1;
        }
        (self.pos > start).then_some(start..self.pos)
    }

    fn value(&mut self) -> Option<Node> {
        self.skip_ws();
        let start = self.pos;
        match self.peek()? {
            b'"' => {
                self.pos += 1;
                loop {
                    match self.peek()? {
                        b'\\' => self.pos += 2,
                        b'"' => {
                            self.pos += 1;
                            break;
                        }
                        _ => self.pos += 1,
                    }
                }
                Some(Node {
                    span: start..self.pos,
                    kind: NodeKind::Scalar,
                })
            }
            b'r' if matches!(self.src.get(self.pos + 1), Some(b'"' | b'#')) => {
                self.pos += 1;
                let mut hashes = 0;
                while self.peek() == Some(b'#') {
                    hashes += 1;
                    self.pos += 1;
                }
                self.pos += 1;
                loop {
                    if self.peek()? == b'"'
                        && self.src[self.pos + 1..]
                            .iter()
                            .take(hashes)
                            .filter(|&&c| c == b'#')
                            .count()
                            == hashes
                    {
                        self.pos += 1 + hashes;
                        break;
                    }
                    self.pos += 1;
                }
                Some(Node {
                    span: start..self.pos,
                    kind: NodeKind::Scalar,
                })
            }
            b'[' => {
                self.pos += 1;
                let items = self.seq(b']')?;
                Some(Node {
                    span: start..self.pos,
                    kind: NodeKind::List(items),
                })
            }
            b'{' => {
                self.pos += 1;
                let mut entries = Vec::new();
                loop {
                    self.skip_ws();
                    if self.peek()? == b'}' {
                        self.pos += 1;
                        break;
                    }
                    let key = self.value()?;
                    self.skip_ws();
                    if self.peek()? != b':' {
                        return None;
                    }
                    self.pos += 1;
                    let value = self.value()?;
                    entries.push((key, value));
                    self.skip_ws();
                    if self.peek()? == b',' {
                        self.pos += 1;
                    }
                }
                Some(Node {
                    span: start..self.pos,
                    kind: NodeKind::Map(entries),
                })
            }
            b'(' => self.tuple_body(start, None),
            c if c.is_ascii_alphabetic() || c == b'_' => {
                let name = self.ident()?;
                self.skip_ws();
                if self.peek() == Some(b'(') {
                    self.tuple_body(start, Some(name))
                } else {
                    Some(Node {
                        span: start..self.pos,
                        kind: NodeKind::Scalar,
                    })
                }
            }
            _ => {
                while self.peek().is_some_and(|c| {
                    !matches!(c, b',' | b')' | b']' | b'}') && !c.is_ascii_whitespace()
                }) {
                    self.pos += 1;
                }
                (self.pos > start).then_some(Node {
                    span: start..self.pos,
                    kind: NodeKind::Scalar,
                })
            }
        }
    }

    fn seq(&mut self, close: u8) -> Option<Vec<Node>> {
        let mut items = Vec::new();
        loop {
            self.skip_ws();
            if self.peek()? == close {
                self.pos += 1;
                return Some(items);
            }
            items.push(self.value()?);
            self.skip_ws();
            if self.peek()? == b',' {
                self.pos += 1;
            }
        }
    }

    fn tuple_body(&mut self, start: usize, name: Option<Range<usize>>) -> Option<Node> {
        self.pos += 1; // '('
        let mut fields = Vec::new();
        let mut items = Vec::new();
        loop {
            self.skip_ws();
            if self.peek()? == b')' {
                self.pos += 1;
                break;
            }
            // A field is `ident :` (but not `ident ::`).
            let save = self.pos;
            let field = self.ident().and_then(|id| {
                self.skip_ws();
                (self.peek() == Some(b':')).then(|| {
                    self.pos += 1;
                    id
                })
            });
            match field {
                Some(id) => fields.push((id, self.value()?)),
                None => {
                    self.pos = save;
                    items.push(self.value()?);
                }
            }
            self.skip_ws();
            if self.peek()? == b',' {
                self.pos += 1;
            }
        }
        Some(Node {
            span: start..self.pos,
            kind: NodeKind::Struct {
                name,
                fields,
                items,
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_values() {
        let src = r#"// lexicon
Lexicon(
    states: [
        State(id: "Armenia", names: ["Armenia"]),
        State(id: "Uzbekistan", names: ["Uzbekistan", "Uzbek"]),
    ],
    map: { "left": Membership(event: [Withdrew, Left]) },
)"#;
        let root = scan(src).unwrap();
        let n = root
            .at(
                src,
                &[
                    Step::Field("states"),
                    Step::Index(1),
                    Step::Field("names"),
                    Step::Index(1),
                ],
            )
            .unwrap();
        assert_eq!(&src[n.span.clone()], "\"Uzbek\"");
        let m = root
            .at(
                src,
                &[
                    Step::Field("map"),
                    Step::Key("left"),
                    Step::Field("event"),
                    Step::Index(1),
                ],
            )
            .unwrap();
        assert_eq!(&src[m.span.clone()], "Left");
    }
}
