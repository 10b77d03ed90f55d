//! Conditions: "show this question, page or group only when …", over earlier answers.

use serde::{Deserialize, Serialize};

use crate::answer::Answer;

/// A condition over earlier answers. Written in JSON as a one-key object, e.g.
/// `{"equals": {"question": "constituted", "value": "no"}}` or `{"all": [ … ]}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Condition {
    /// The answer equals the value.
    Equals(Comparison),
    /// The answer is missing or differs from the value.
    NotEquals(Comparison),
    /// The answer is one of the values.
    OneOf(Membership),
    /// A multiple-choice answer includes the value.
    Includes(Comparison),
    /// A number, scale or date answer is greater than the value.
    GreaterThan(Comparison),
    /// A number, scale or date answer is less than the value.
    LessThan(Comparison),
    /// A number, scale or date answer is greater than or equal to the value.
    AtLeast(Comparison),
    /// A number, scale or date answer is less than or equal to the value.
    AtMost(Comparison),
    /// The question has an answer.
    Answered(String),
    /// The question has no answer.
    Unanswered(String),
    /// Every condition holds.
    All(Vec<Condition>),
    /// At least one condition holds.
    Any(Vec<Condition>),
    /// The condition does not hold.
    Not(Box<Condition>),
}

/// A question and a value to compare its answer with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Comparison {
    /// The id of an earlier question.
    pub question: String,
    /// The value: a choice value or text, a number, or `true`/`false`.
    pub value: Literal,
}

/// A question and the values its answer may take.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Membership {
    /// The id of an earlier question.
    pub question: String,
    /// The accepted values.
    pub values: Vec<Literal>,
}

/// A value in a condition.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(untagged)]
pub enum Literal {
    /// `true` or `false` (yes/no and consent questions).
    Bool(bool),
    /// A number (number and scale questions).
    Number(f64),
    /// Text: a choice value, a date (`YYYY-MM-DD`) or text.
    Text(String),
}

impl Condition {
    /// Whether the condition holds, looking answers up with `answer_of` (which sees only answers
    /// that were given).
    pub fn holds<'a>(&self, answer_of: &impl Fn(&str) -> Option<&'a Answer>) -> bool {
        match self {
            Condition::Equals(c) => answer_of(&c.question).is_some_and(|a| equals(a, &c.value)),
            Condition::NotEquals(c) => !answer_of(&c.question).is_some_and(|a| equals(a, &c.value)),
            Condition::OneOf(m) => answer_of(&m.question).is_some_and(|a| m.values.iter().any(|v| equals(a, v))),
            Condition::Includes(c) => answer_of(&c.question).is_some_and(|a| includes(a, &c.value)),
            Condition::GreaterThan(c) => compare(answer_of(&c.question), &c.value).is_some_and(|o| o.is_gt()),
            Condition::LessThan(c) => compare(answer_of(&c.question), &c.value).is_some_and(|o| o.is_lt()),
            Condition::AtLeast(c) => compare(answer_of(&c.question), &c.value).is_some_and(|o| o.is_ge()),
            Condition::AtMost(c) => compare(answer_of(&c.question), &c.value).is_some_and(|o| o.is_le()),
            Condition::Answered(q) => answer_of(q).is_some(),
            Condition::Unanswered(q) => answer_of(q).is_none(),
            Condition::All(cs) => cs.iter().all(|c| c.holds(answer_of)),
            Condition::Any(cs) => cs.iter().any(|c| c.holds(answer_of)),
            Condition::Not(c) => !c.holds(answer_of),
        }
    }

    /// Every question id the condition looks at, with the operator that looks at it.
    pub fn references(&self) -> Vec<(&str, &'static str)> {
        let mut out = Vec::new();
        self.collect_references(&mut out);
        out
    }

    fn collect_references<'s>(&'s self, out: &mut Vec<(&'s str, &'static str)>) {
        match self {
            Condition::Equals(c) => out.push((&c.question, "equals")),
            Condition::NotEquals(c) => out.push((&c.question, "not_equals")),
            Condition::OneOf(m) => out.push((&m.question, "one_of")),
            Condition::Includes(c) => out.push((&c.question, "includes")),
            Condition::GreaterThan(c) => out.push((&c.question, "greater_than")),
            Condition::LessThan(c) => out.push((&c.question, "less_than")),
            Condition::AtLeast(c) => out.push((&c.question, "at_least")),
            Condition::AtMost(c) => out.push((&c.question, "at_most")),
            Condition::Answered(q) => out.push((q, "answered")),
            Condition::Unanswered(q) => out.push((q, "unanswered")),
            Condition::All(cs) | Condition::Any(cs) => cs.iter().for_each(|c| c.collect_references(out)),
            Condition::Not(c) => c.collect_references(out),
        }
    }

    /// The literal values compared with question `id`, for checking them against its choices.
    pub fn values_for<'s>(&'s self, id: &str, out: &mut Vec<&'s Literal>) {
        match self {
            Condition::Equals(c) | Condition::NotEquals(c) | Condition::Includes(c) if c.question == id => {
                out.push(&c.value)
            }
            Condition::OneOf(m) if m.question == id => out.extend(m.values.iter()),
            Condition::All(cs) | Condition::Any(cs) => cs.iter().for_each(|c| c.values_for(id, out)),
            Condition::Not(c) => c.values_for(id, out),
            _ => {}
        }
    }
}

fn equals(answer: &Answer, value: &Literal) -> bool {
    match (answer, value) {
        (Answer::Text(a) | Answer::Choice(a) | Answer::Date(a), Literal::Text(v)) => a.trim() == v,
        (Answer::Number(a), Literal::Number(v)) => a == v,
        (Answer::Scale(a), Literal::Number(v)) => f64::from(*a) == *v,
        (Answer::Bool(a), Literal::Bool(v)) => a == v,
        (Answer::Choices(a), Literal::Text(v)) => a.len() == 1 && a[0] == *v,
        _ => false,
    }
}

fn includes(answer: &Answer, value: &Literal) -> bool {
    match (answer, value) {
        (Answer::Choices(a), Literal::Text(v)) => a.iter().any(|c| c == v),
        _ => equals(answer, value),
    }
}

fn compare(answer: Option<&Answer>, value: &Literal) -> Option<std::cmp::Ordering> {
    match (answer?, value) {
        (Answer::Number(a), Literal::Number(v)) => a.partial_cmp(v),
        (Answer::Scale(a), Literal::Number(v)) => f64::from(*a).partial_cmp(v),
        // ISO dates order correctly as text.
        (Answer::Date(a), Literal::Text(v)) => Some(a.as_str().cmp(v.as_str())),
        _ => None,
    }
}
