//! Moving through a form: which pages and questions are shown, the steps an applicant takes,
//! validation of a step, and the answers that may be submitted.

use crate::answer::{Answer, Answers};
use crate::definition::{Form, Layout, Page, Question, QuestionType};
use crate::validate::{FieldError, validate_questions};

/// One screen of the form: a whole page (grouped layout) or one question of a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    /// Index of the page in `form.pages`.
    pub page: usize,
    /// Index of the question in the page, for one-question-per-page layout.
    pub question: Option<usize>,
}

impl Form {
    /// Whether `page` is shown, given the answers so far.
    pub fn page_visible(&self, page: &Page, answers: &Answers) -> bool {
        page.show_if.as_ref().is_none_or(|c| c.holds(&|id| answers.get(id)))
    }

    /// Whether top-level question `q` is shown (its page must be shown too; see [`Form::steps`]).
    pub fn question_visible(&self, q: &Question, answers: &Answers) -> bool {
        q.show_if.as_ref().is_none_or(|c| c.holds(&|id| answers.get(id)))
    }

    /// Whether question `q` inside one entry of a group is shown: a condition looks first at the
    /// entry's own answers ("this team member"), then at the rest of the form.
    pub fn entry_question_visible(&self, q: &Question, entry: &Answers, answers: &Answers) -> bool {
        q.show_if.as_ref().is_none_or(|c| c.holds(&|id| entry.get(id).or_else(|| answers.get(id))))
    }

    /// The steps the applicant goes through now, in order. Changes as answers change.
    pub fn steps(&self, answers: &Answers) -> Vec<Step> {
        let mut steps = Vec::new();
        for (pi, page) in self.pages.iter().enumerate() {
            if !self.page_visible(page, answers) {
                continue;
            }
            match self.layout {
                Layout::Grouped => {
                    if page.questions.iter().any(|q| self.question_visible(q, answers)) {
                        steps.push(Step { page: pi, question: None });
                    }
                }
                Layout::OneQuestionPerPage => {
                    for (qi, q) in page.questions.iter().enumerate() {
                        if self.question_visible(q, answers) {
                            steps.push(Step { page: pi, question: Some(qi) });
                        }
                    }
                }
            }
        }
        steps
    }

    /// The questions shown on `step`.
    pub fn step_questions(&self, step: Step, answers: &Answers) -> Vec<&Question> {
        let Some(page) = self.pages.get(step.page) else { return Vec::new() };
        match step.question {
            Some(qi) => page.questions.get(qi).into_iter().collect(),
            None => page.questions.iter().filter(|q| self.question_visible(q, answers)).collect(),
        }
    }

    /// The first question the applicant sees, if any.
    pub fn first_question(&self) -> Option<&Question> {
        let answers = Answers::default();
        self.steps(&answers).first().and_then(|s| self.step_questions(*s, &answers).into_iter().next())
    }

    /// Every problem with the answers on `step`, in screen order.
    pub fn validate_step(&self, step: Step, answers: &Answers) -> Vec<FieldError> {
        let questions = self.step_questions(step, answers);
        self.validate(questions, answers)
    }

    /// Every problem with every shown answer in the form (before submitting).
    pub fn validate_all(&self, answers: &Answers) -> Vec<FieldError> {
        let mut questions = Vec::new();
        for step in self.steps(answers) {
            questions.extend(self.step_questions(step, answers));
        }
        self.validate(questions, answers)
    }

    fn validate(&self, questions: Vec<&Question>, answers: &Answers) -> Vec<FieldError> {
        validate_questions(&questions, answers, "", &|q, entry| self.entry_question_visible(q, entry, answers))
    }

    /// The answers that may leave the device: only those to questions shown now. Answers to
    /// hidden questions stay in the draft (so switching back restores them) but are never sent.
    pub fn visible_answers(&self, answers: &Answers) -> Answers {
        let mut out = Answers::default();
        for step in self.steps(answers) {
            for q in self.step_questions(step, answers) {
                if let Some(a) = self.visible_answer(q, answers.get(&q.id), answers) {
                    out.0.insert(q.id.clone(), a);
                }
            }
        }
        out
    }

    fn visible_answer(&self, q: &Question, answer: Option<&Answer>, answers: &Answers) -> Option<Answer> {
        let answer = answer?;
        if q.kind != QuestionType::Group {
            return Some(answer.clone());
        }
        let Answer::Entries(entries) = answer else { return None };
        let kept = entries
            .iter()
            .map(|entry| {
                let mut kept = Answers::default();
                for member in &q.questions {
                    if self.entry_question_visible(member, entry, answers)
                        && let Some(a) = entry.get(&member.id)
                    {
                        kept.0.insert(member.id.clone(), a.clone());
                    }
                }
                kept
            })
            .collect();
        Some(Answer::Entries(kept))
    }

    /// Every question in the form in order, with the questions of groups after their group.
    pub fn all_questions(&self) -> Vec<&Question> {
        fn walk<'a>(qs: &'a [Question], out: &mut Vec<&'a Question>) {
            for q in qs {
                out.push(q);
                walk(&q.questions, out);
            }
        }
        let mut out = Vec::new();
        for page in &self.pages {
            walk(&page.questions, &mut out);
        }
        out
    }

    /// The question with this id, anywhere in the form.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.all_questions().into_iter().find(|q| q.id == id)
    }
}
