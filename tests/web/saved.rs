//! The copy saved in this browser: a saved workspace that is not JSON is kept under the
//! backup key (an older backup is never replaced), the banner says so in the UI language with
//! a download offer, and autosave never destroys the text; another tab's save (a `storage`
//! event) stops autosave until the user reloads theirs or keeps theirs.
//! Run: `cargo test --target wasm32-unknown-unknown -p scorecard-app --test web -- saved::`.

use scorecard_app::browser::storage::{BACKUP_KEY, UI_KEY, WORKSPACE_KEY};
use scorecard_engine::json;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::{
    choose, clear_storage, click, close, eventually, example, find, gone, mount, rendered, saved,
    shown, storage, text, type_into,
};

/// A workspace cut short in the middle of a write.
fn truncated() -> String {
    let full = example().to_compact();
    full.chars().take(full.chars().count() / 2).collect()
}

#[wasm_bindgen_test]
async fn an_unreadable_save_is_backed_up_announced_and_offered_for_download() {
    clear_storage();
    let broken = truncated();
    storage().set_item(WORKSPACE_KEY, &broken).unwrap();
    let (root, handle) = mount();
    let banner = shown(&root, "[data-testid=saved-unreadable]").await;
    let words = banner.text_content().unwrap_or_default();
    assert!(words.contains("无法读取"), "in Chinese: {words}");
    assert!(words.contains(BACKUP_KEY), "names the backup key: {words}");
    assert!(
        find(&root, "[data-testid=saved-unreadable-backed-up]").is_some(),
        "{words}"
    );
    assert!(
        text(&root, "[data-testid=saved-unreadable-errors]").contains("JSON"),
        "names the reading error"
    );
    assert_eq!(saved(BACKUP_KEY), broken, "the text is kept exactly");
    let download = shown(&root, "[data-testid=download-unreadable]").await;
    assert!(download.text_content().unwrap().contains("下载"));
    // The demo opened and autosave wrote it; the backup is still the unreadable text.
    assert!(
        eventually(|| json::parse(&saved(WORKSPACE_KEY)).is_ok()).await,
        "autosave writes the open workspace"
    );
    assert_eq!(saved(BACKUP_KEY), broken);
    // Closing the notice keeps the backup; a reload does not replace it with the demo.
    click(&root, "[data-testid=dismiss-unreadable]");
    gone(&root, "[data-testid=saved-unreadable]").await;
    assert_eq!(saved(BACKUP_KEY), broken);
    handle.destroy();
    root.remove();
    let (root, handle) = mount();
    shown(&root, "[data-testid=engine-version]").await;
    rendered().await;
    assert!(find(&root, "[data-testid=saved-unreadable]").is_none());
    assert_eq!(saved(BACKUP_KEY), broken);
    close(root, handle);
}

#[wasm_bindgen_test]
async fn an_older_backup_is_kept_and_autosave_leaves_the_unreadable_text_alone() {
    clear_storage();
    storage()
        .set_item(BACKUP_KEY, "older unreadable copy")
        .unwrap();
    storage()
        .set_item(UI_KEY, r#"{"lang":"en","screen":"results"}"#)
        .unwrap();
    let broken = truncated();
    storage().set_item(WORKSPACE_KEY, &broken).unwrap();
    let (root, handle) = mount();
    let banner = shown(&root, "[data-testid=saved-unreadable-no-backup]").await;
    let words = banner.text_content().unwrap_or_default();
    assert!(
        words.contains("could not be kept as a backup"),
        "in English: {words}"
    );
    assert!(find(&root, "[data-testid=download-unreadable]").is_some());
    // The UI choices are saved, the workspace key is not.
    assert!(eventually(|| saved(UI_KEY).contains("\"period\"")).await);
    rendered().await;
    assert_eq!(saved(WORKSPACE_KEY), broken, "autosave must not destroy it");
    assert_eq!(saved(BACKUP_KEY), "older unreadable copy");
    // Discarding it (after a download) is the user's choice: then autosave resumes.
    click(&root, "[data-testid=dismiss-unreadable]");
    assert!(eventually(|| json::parse(&saved(WORKSPACE_KEY)).is_ok()).await);
    assert_eq!(saved(BACKUP_KEY), "older unreadable copy");
    close(root, handle);
}

#[wasm_bindgen_test]
async fn a_period_switch_saves_the_choice_and_leaves_the_workspace_key_alone() {
    clear_storage();
    let (root, handle) = mount();
    shown(&root, "[data-testid=results-table]").await;
    assert!(
        eventually(|| json::parse(&saved(WORKSPACE_KEY)).is_ok()).await,
        "autosave writes the open workspace"
    );
    // The same workspace, written differently: a rewrite of the key would show.
    let pretty = json::parse(&saved(WORKSPACE_KEY)).unwrap().to_pretty();
    storage().set_item(WORKSPACE_KEY, &pretty).unwrap();
    choose(&root, "[data-testid=period-select]", "annual");
    assert!(
        eventually(|| saved(UI_KEY).contains(r#""period":"annual""#)).await,
        "the choice is saved: {}",
        saved(UI_KEY)
    );
    rendered().await;
    assert_eq!(
        saved(WORKSPACE_KEY),
        pretty,
        "the workspace is not rewritten"
    );
    // An edit does rewrite it.
    click(&root, "[data-testid=tab-data]");
    shown(&root, "[data-testid=data-period]").await;
    choose(&root, "[data-testid=data-period]", "2026final");
    let field = "[data-testid=data-grid] input[inputmode=decimal]";
    shown(&root, field).await;
    type_into(&root, field, "0.5");
    assert!(
        eventually(|| saved(WORKSPACE_KEY) != pretty).await,
        "an edit saves the workspace"
    );
    close(root, handle);
}

/// Lets Yew finish its renders and their effects (which schedule the save), however many
/// tasks it takes, and nothing more: no frame is waited for.
async fn flushed() {
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn a_save_waiting_for_the_next_paint_is_written_when_the_page_is_left() {
    clear_storage();
    let (root, handle) = mount();
    shown(&root, "[data-testid=tab-data]").await;
    click(&root, "[data-testid=tab-data]");
    shown(&root, "[data-testid=data-period]").await;
    choose(&root, "[data-testid=data-period]", "2026final");
    let field = "[data-testid=data-grid] input[inputmode=decimal]";
    shown(&root, field).await;
    assert!(eventually(|| json::parse(&saved(WORKSPACE_KEY)).is_ok()).await);
    let before = saved(WORKSPACE_KEY);
    type_into(&root, field, "0.123");
    flushed().await;
    assert_eq!(
        saved(WORKSPACE_KEY),
        before,
        "the save waits for the next paint"
    );
    let left = web_sys::Event::new("pagehide").unwrap();
    web_sys::window().unwrap().dispatch_event(&left).unwrap();
    let now = saved(WORKSPACE_KEY);
    assert_ne!(
        now, before,
        "leaving the page writes the waiting save at once"
    );
    assert!(now.contains("0.123"), "the typed figure is saved");
    close(root, handle);
}
