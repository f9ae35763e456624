//! Office claims: "President Islam Karimov", "Georgian President Eduard Shevardnadze",
//! "Presidents Kuchma and Voronin", "Uzbekistan's foreign minister, Abdulaziz Kamilov",
//! "then-President ...", "former President ...", "acting President ...".

use super::Sentence;
use super::dates::find_date;
use super::tokens::{Item, Kind};
use crate::date::Interval;
use crate::fact::{Claim, Modality, PersonRef};
use crate::lexicon::{Entity, PersonId, Role, StateId};

/// The role title starting at item `i`, with its end.
pub(super) fn role_at(items: &[Item<'_>], i: usize) -> Option<(Role, usize, bool)> {
    let it = items.get(i)?;
    let next = items.get(i + 1);
    if it.is_any(&["president", "presidents"]) {
        return Some((Role::President, i + 1, it.text.ends_with('s')));
    }
    if it.is_any(&["prime", "premier"]) {
        if it.is("premier") {
            return Some((Role::PrimeMinister, i + 1, false));
        }
        if next.is_some_and(|n| n.is_any(&["minister", "ministers"])) {
            return Some((
                Role::PrimeMinister,
                i + 2,
                next.is_some_and(|n| n.text.ends_with('s')),
            ));
        }
    }
    if it.is("foreign") && next.is_some_and(|n| n.is_any(&["minister", "ministers"])) {
        return Some((
            Role::ForeignMinister,
            i + 2,
            next.is_some_and(|n| n.text.ends_with('s')),
        ));
    }
    if it.is_any(&["defence", "defense"])
        && next.is_some_and(|n| n.is_any(&["minister", "ministers"]))
    {
        return Some((
            Role::DefenceMinister,
            i + 2,
            next.is_some_and(|n| n.text.ends_with('s')),
        ));
    }
    None
}

/// A person's name at item `i`: a lexicon name or surname, or capitalised words.
fn person_at(
    s: &Sentence<'_, '_>,
    i: usize,
    role: Role,
    state: Option<StateId>,
    shifted: bool,
) -> Option<(PersonRef, Option<StateId>, usize)> {
    let items = s.items;
    let it = items.get(i)?;
    let day = if shifted { None } else { s.article };
    let pick = |ids: &[PersonId]| -> Option<(PersonId, Option<StateId>)> {
        let fits: Vec<(PersonId, StateId)> = ids
            .iter()
            .flat_map(|&p| {
                s.lexicon
                    .office_at(p, Some(role), day)
                    .into_iter()
                    .map(move |o| (p, o.state))
            })
            .filter(|(_, st)| state.is_none_or(|want| want == *st))
            .collect();
        let mut people: Vec<PersonId> = fits.iter().map(|f| f.0).collect();
        people.dedup();
        match (people.as_slice(), ids) {
            ([p], _) => {
                let mut states: Vec<StateId> = fits.iter().map(|f| f.1).collect();
                states.dedup();
                Some((
                    *p,
                    if states.len() == 1 {
                        Some(states[0])
                    } else {
                        state
                    },
                ))
            }
            ([], [p]) => Some((*p, state)),
            _ => None,
        }
    };
    match it.entity() {
        Some(Entity::Person(p)) => {
            let (p, st) = pick(&[p]).unwrap_or((p, state));
            let st = st.or_else(|| unique_state(s, p, role));
            Some((PersonRef::Known(p), st, i + 1))
        }
        Some(Entity::Surname(g)) => {
            let ids = s.lexicon.surnames[g as usize].1.clone();
            let (p, st) = pick(&ids)?;
            let st = st.or_else(|| unique_state(s, p, role));
            Some((PersonRef::Known(p), st, i + 1))
        }
        _ if it.kind == Kind::Word
            && it.starts_upper()
            && it.text.chars().count() > 1
            && !it.is_any(&["The", "He", "She", "They", "It", "And", "In", "On", "Of"]) =>
        {
            // An unlisted person: one to three capitalised words.
            let mut end = i;
            while end < items.len()
                && end - i < 3
                && items[end].kind == Kind::Word
                && items[end].starts_upper()
                && items[end].entity().is_none()
            {
                end += 1;
            }
            let name = s.text[items[i].start as usize..items[end - 1].end as usize].to_string();
            state.map(|st| (PersonRef::Named(name.into()), Some(st), end))
        }
        _ => None,
    }
}

/// The state of the office-holder named last before item `i` ("Karimov ... his foreign minister").
pub(super) fn state_of_person_before(s: &Sentence<'_, '_>, i: usize) -> Option<StateId> {
    let people: Vec<PersonId> = s.items[..i].iter().rev().find_map(|it| match it.entity() {
        Some(Entity::Person(p)) => Some(vec![p]),
        Some(Entity::Surname(g)) => Some(s.lexicon.surnames[g as usize].1.clone()),
        _ => None,
    })?;
    let mut states: Vec<StateId> = people
        .iter()
        .flat_map(|&p| s.lexicon.office_at(p, None, s.article))
        .map(|o| o.state)
        .collect();
    // (one holding none of the lexicon's offices then, the one state they ever held any in:
    // Shevardnadze led Georgia in 1993 before he was its president)
    if states.is_empty() {
        states = people
            .iter()
            .flat_map(|&p| s.lexicon.person(p).offices.iter().map(|o| o.state))
            .collect();
        states.sort_by_key(|st| st.0);
    }
    states.dedup();
    (states.len() == 1).then(|| states[0])
}

/// The one state in which `person` ever held `role`.
fn unique_state(s: &Sentence<'_, '_>, person: PersonId, role: Role) -> Option<StateId> {
    let mut states: Vec<StateId> = s
        .lexicon
        .person(person)
        .offices
        .iter()
        .filter(|o| o.role == role)
        .map(|o| o.state)
        .collect();
    states.dedup();
    (states.len() == 1).then(|| states[0])
}

/// Reads the office claims of a sentence.
pub fn offices(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    let mut i = 0;
    while i < items.len() {
        let Some((mut role, rend, plural)) = role_at(items, i) else {
            i += 1;
            continue;
        };
        // Modifiers and the state before the title: "Georgian", "Uzbekistan's", "then-", "former".
        let mut shifted = false;
        let mut state = None;
        let mut start = i;
        let mut k = i;
        while k > 0 {
            let p = &items[k - 1];
            match p.entity() {
                Some(Entity::Adjective(st)) | Some(Entity::State(st)) if state.is_none() => {
                    state = Some(st);
                    start = k - 1;
                }
                _ if p.text == "'s" => {}
                _ if matches!(p.kind, Kind::Dash { joining: true }) => {}
                _ if p.is_any(&[
                    "then",
                    "former",
                    "late",
                    "ex",
                    "one-time",
                    "erstwhile",
                    "outgoing",
                ]) =>
                {
                    shifted = true;
                    start = k - 1;
                }
                _ if p.is("acting") || p.is("interim") => {
                    if role == Role::President {
                        role = Role::ActingPresident;
                    }
                    start = k - 1;
                }
                _ if p.is("the") => start = k - 1,
                // "his foreign minister": the office-holder named before.
                _ if p.is_any(&["his", "her"]) && state.is_none() => {
                    state = state_of_person_before(s, k - 1);
                    start = k - 1;
                }
                _ if p.is_any(&[
                    "other", "two", "three", "four", "five", "six", "seven", "eight", "both", "all",
                ]) =>
                {
                    start = k - 1
                }
                _ => break,
            }
            k -= 1;
        }
        // "the president of Georgia, Eduard Shevardnadze"
        let mut j = rend;
        if state.is_none()
            && items.get(j).is_some_and(|x| x.is("of"))
            && let Some(Entity::State(st)) = items.get(j + 1).and_then(|x| x.entity())
        {
            state = Some(st);
            j += 2;
        }
        if items
            .get(j)
            .is_some_and(|x| x.is_punct(',') || (plural && (x.is_dash() || x.is_punct(':'))))
        {
            j += 1;
        }
        let mut people = Vec::new();
        loop {
            // "China's Jiang Zemin" in a list of presidents
            let mut own = state;
            if let Some(Entity::State(st)) = items.get(j).and_then(|x| x.entity())
                && items.get(j + 1).is_some_and(|x| x.text == "'s")
            {
                own = Some(st);
                j += 2;
            }
            let Some((person, mut st, mut end)) = person_at(s, j, role, own, shifted) else {
                break;
            };
            // "Alexander Lukashenko of Belarus"
            if items.get(end).is_some_and(|x| x.is("of"))
                && let Some(Entity::State(of)) = items.get(end + 1).and_then(|x| x.entity())
            {
                st = Some(of);
                end += 2;
            }
            people.push((person, st, end));
            j = end;
            if plural && items.get(j).is_some_and(|x| x.is("and") || x.is_punct(',')) {
                j += 1;
                if items.get(j).is_some_and(|x| x.is("and")) {
                    j += 1;
                }
                continue;
            }
            break;
        }
        // "Mikheil Saakashvili, sworn in on 25 January as Georgia's president"
        if people.is_empty()
            && start > 0
            && items[start - 1].is("as")
            && let Some(p) = (start.saturating_sub(14)..start).rev().find(|&q| {
                matches!(
                    items[q].entity(),
                    Some(Entity::Person(_) | Entity::Surname(_))
                )
            })
            && let Some((person, st, _)) = person_at(s, p, role, state, shifted)
        {
            people.push((person, st, rend));
            // "Nino Burjanadze served as acting president": a past office.
            shifted |= items[p..start]
                .iter()
                .any(|w| w.is_any(&["served", "was", "had"]));
            start = p;
        }
        // "Islam Karimov, the Uzbek president", "Robert Kocharian, Armenia's president"
        if people.is_empty()
            && state.is_some()
            && start >= 2
            && items[start - 1].is_punct(',')
            && matches!(
                items[start - 2].entity(),
                Some(Entity::Person(_) | Entity::Surname(_))
            )
            && let Some((person, st, _)) = person_at(s, start - 2, role, state, shifted)
        {
            people.push((person, st, rend));
            start -= 2;
        }
        if people.is_empty() {
            i = rend;
            continue;
        }
        let clause = s.clause(i);
        let then = (start..i).any(|k| items[k].is("then"));
        // "President Mikheil Saakashvili, in office since January"
        let since = (j..(j + 5).min(items.len()))
            .find(|&k| items[k].is("since") && k >= 1 && items[k - 1].is("office"))
            .or_else(|| {
                items
                    .get(rend)
                    .is_some_and(|w| w.is("since"))
                    .then_some(rend)
            });
        let when = if shifted && !then {
            // "former", "the late": some time before the article.
            s.article.map(Interval::until)
        } else if shifted {
            let ctx = s.date_context(i, false);
            find_date(items, clause.start, clause.end, ctx)
                .map(|(w, _)| w)
                .or_else(|| s.article.map(Interval::until))
        } else if let (Some(k), Some(today)) = (since, s.article) {
            let ctx = s.date_context(k, false);
            find_date(items, k + 1, (k + 4).min(items.len()), ctx)
                .map(|(w, _)| Interval {
                    from: w.from,
                    to: Some(today),
                    precision: crate::date::Precision::Range,
                })
                .or_else(|| s.now())
        } else {
            s.now()
        };
        let end = j;
        for (person, st, _) in people {
            if let Some(st) = st {
                s.push(
                    Claim::Office {
                        person,
                        role,
                        state: st,
                    },
                    when,
                    Modality::Asserted,
                    start..end,
                    shifted,
                );
            }
        }
        i = end.max(i + 1);
    }
}
