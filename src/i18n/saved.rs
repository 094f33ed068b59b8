//! Texts of the banners about the copy saved in this browser: a saved workspace that could
//! not be read, and a newer save made by another tab.

/// Saved-copy texts.
pub struct SavedTexts {
    /// Heading: the saved workspace could not be read.
    pub unreadable_heading: &'static str,
    /// What happened, when the text is kept under the backup key (followed by the key).
    pub unreadable_backed_up: &'static str,
    /// What happened, when the text could not be kept under the backup key.
    pub unreadable_not_backed_up: &'static str,
    /// Why the reader refused it (followed by the errors).
    pub unreadable_why: &'static str,
    /// Button: download the unreadable text.
    pub download_unreadable: &'static str,
    /// Button: close the notice (the backup stays).
    pub close_unreadable: &'static str,
    /// Button: discard the text that has no backup, so autosave resumes.
    pub discard_unreadable: &'static str,
    /// Banner: another tab saved the workspace.
    pub other_tab: &'static str,
    /// Button: open the other tab's version.
    pub reload_theirs: &'static str,
    /// Button: keep this tab's version and save it over the other's.
    pub keep_mine: &'static str,
}

/// 简体中文.
pub const ZH: SavedTexts = SavedTexts {
    unreadable_heading: "无法读取本浏览器中保存的工作区",
    unreadable_backed_up: "保存的文本不是有效的 JSON(可能是写入中断或被手动修改),因此打开了演示数据。原文本已原样保留在本浏览器的备份位置,自动保存不会覆盖它。可下载该文本,修复后在“文件”页导入。备份位置(localStorage 键):",
    unreadable_not_backed_up: "保存的文本不是有效的 JSON(可能是写入中断或被手动修改),因此打开了演示数据。该文本无法另存为备份(备份位置已有一份较早的无法读取的副本,或浏览器拒绝写入),所以在您下载或放弃它之前,本页不会自动保存工作区,以免覆盖它。",
    unreadable_why: "读取错误:",
    download_unreadable: "下载无法读取的文本",
    close_unreadable: "关闭提示(备份保留)",
    discard_unreadable: "放弃该文本,恢复自动保存",
    other_tab: "另一个标签页保存了此工作区,本标签页中的副本已过时。在您选择之前,本标签页的修改不会保存,也不会覆盖另一标签页的保存。",
    reload_theirs: "载入另一标签页的版本",
    keep_mine: "保留本标签页的版本(覆盖另一标签页的保存)",
};

/// English.
pub const EN: SavedTexts = SavedTexts {
    unreadable_heading: "The workspace saved in this browser could not be read",
    unreadable_backed_up: "The saved text is not valid JSON (a write cut short or a hand edit), so the demo opened instead. The text is kept exactly as it was in this browser's backup place, where autosave never writes. Download it, repair it and import it on the Files screen. Backup place (localStorage key):",
    unreadable_not_backed_up: "The saved text is not valid JSON (a write cut short or a hand edit), so the demo opened instead. It could not be kept as a backup (the backup place already holds an older unreadable copy, or the browser refused to write), so this page does not autosave the workspace until you download or discard the text: nothing overwrites it.",
    unreadable_why: "Reading error:",
    download_unreadable: "Download the unreadable text",
    close_unreadable: "Close (the backup stays)",
    discard_unreadable: "Discard the text and resume autosave",
    other_tab: "Another tab saved this workspace: the copy in this tab is older. Until you choose, this tab's changes are not saved and do not overwrite the other tab's save.",
    reload_theirs: "Reload theirs",
    keep_mine: "Keep mine (save this tab's version over theirs)",
};
