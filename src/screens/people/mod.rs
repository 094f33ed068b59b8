//! 人员 People: the individual assessments (§7) of the people in post.

pub mod view;
