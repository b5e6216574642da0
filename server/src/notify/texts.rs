//! The applicant's messages in English and Simplified Chinese. Rendered by the server when
//! a message is sent, outside any page, so they live here rather than in the pages' locale
//! files.

/// A message ready to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    pub subject: String,
    pub body: String,
}

/// What a message says about one application.
#[derive(Debug, Clone, Copy)]
pub struct Facts<'a> {
    pub template: &'a str,
    pub language: &'a str,
    pub reference: &'a str,
    /// The private status link, absolute (first message only).
    pub link: Option<&'a str>,
    pub note: Option<&'a str>,
}

/// `None` for a template this version does not know (the row is then set aside).
pub fn letter(facts: Facts<'_>) -> Option<Letter> {
    let Facts { reference, link, .. } = facts;
    let link = link.unwrap_or_default();
    let note = facts.note.unwrap_or_default();
    let chinese = facts.language == "zh";
    let (subject, body) = match (facts.template, chinese) {
        ("submitted", false) => (
            format!("We have received your application {reference}"),
            format!(
                "Thank you for applying to the BlueKing partner programme.\n\n\
                 Reference: {reference}\n\
                 Follow your application here (keep this link private: it is your access):\n{link}\n\n\
                 We will write again when the reviewers have decided or need more from you."
            ),
        ),
        ("submitted", true) => (
            format!("我们已收到您的申请 {reference}"),
            format!(
                "感谢您申请加入蓝鲸合作伙伴计划。\n\n\
                 申请编号：{reference}\n\
                 查看申请进度（请勿转发此链接，它是您的访问凭证）：\n{link}\n\n\
                 评审结果或需要补充信息时，我们会再次来信。"
            ),
        ),
        ("info_requested", false) => (
            format!("More information needed for application {reference}"),
            format!(
                "The reviewers of application {reference} ask:\n\n{note}\n\n\
                 Please answer through the private status link in our first message."
            ),
        ),
        ("info_requested", true) => (
            format!("申请 {reference} 需要补充信息"),
            format!(
                "评审人员就申请 {reference} 提出以下问题：\n\n{note}\n\n请通过我们第一封来信中的专属状态链接作答。"
            ),
        ),
        ("approved", false) => (
            format!("Application {reference} is approved"),
            format!(
                "Welcome to the BlueKing partner programme: application {reference} is approved.\n\n\
                 Your status page (the link in our first message) shows your partnership and what comes next."
            ),
        ),
        ("approved", true) => (
            format!("申请 {reference} 已获批准"),
            format!(
                "欢迎加入蓝鲸合作伙伴计划：申请 {reference} 已获批准。\n\n您的状态页面（见第一封来信中的链接）会显示合作详情及后续步骤。"
            ),
        ),
        ("rejected", false) => (
            format!("Application {reference} was not approved"),
            format!(
                "We are sorry: application {reference} was not approved.\n\nThe reviewers' reason:\n{note}"
            ),
        ),
        ("rejected", true) => (
            format!("申请 {reference} 未获批准"),
            format!("很遗憾，申请 {reference} 未获批准。\n\n评审意见：\n{note}"),
        ),
        _ => return None,
    };
    Some(Letter { subject, body })
}

#[cfg(test)]
mod tests {
    use super::{Facts, letter};

    fn facts<'a>(template: &'a str, language: &'a str) -> Facts<'a> {
        Facts {
            template,
            language,
            reference: "BK-AB12-CD34",
            link: Some("https://p.example/status/x"),
            note: Some("Why?"),
        }
    }

    #[test]
    fn every_message_exists_in_both_languages_and_names_its_application() {
        for template in ["submitted", "info_requested", "approved", "rejected"] {
            let english = letter(facts(template, "en")).expect("English");
            let chinese = letter(facts(template, "zh")).expect("Chinese");
            assert_ne!(english, chinese, "{template}");
            for written in [&english, &chinese] {
                assert!(written.subject.contains("BK-AB12-CD34") && written.body.contains("BK-AB12-CD34"));
            }
        }
        assert!(
            letter(facts("submitted", "en")).is_some_and(|l| l.body.contains("https://p.example/status/x"))
        );
        assert!(letter(facts("rejected", "zh")).is_some_and(|l| l.body.contains("Why?")));
        assert!(letter(facts("unknown", "en")).is_none());
    }
}
