use leptos::prelude::*;

use crate::api::EngineerInput;
use crate::domain::{Certification, Track};
use crate::i18n::td_string;
use crate::wizard::WizardContext;
use crate::wizard::fields::{FieldMessage, error_id};

/// The roster: an editable table, one row per certified engineer.
#[component]
pub fn EngineersStep(wizard: WizardContext, hidden: Signal<bool>) -> impl IntoView {
    let (locale, draft) = (wizard.locale, wizard.draft);
    // Rows are re-created only when their number changes, so typing keeps the focus.
    let rows = Memo::new(move |_| draft.with(|d| d.request.engineers.len()));
    let add = move |ev: web_sys::MouseEvent| {
        ev.prevent_default();
        draft.update(|d| d.request.engineers.push(EngineerInput::default()));
        focus_new_row(rows.get_untracked() - 1);
    };
    view! {
        <fieldset class="step step-page" hidden=move || hidden.get()>
            <legend>{td_string!(locale, step_engineers)}</legend>
            <p class="hint">{td_string!(locale, engineers_intro)}</p>
            <div class="table-scroll">
                <table class="roster">
                    <thead>
                        <tr>
                            <th scope="col">{td_string!(locale, col_name)}</th>
                            <th scope="col">{td_string!(locale, col_certificate)}</th>
                            <th scope="col">{td_string!(locale, col_track)}</th>
                            <th scope="col">{td_string!(locale, col_certification)}</th>
                            <th scope="col">{td_string!(locale, col_lecturer)}</th>
                            <th scope="col">{td_string!(locale, col_actions)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || (0..rows.get()).map(|index| view! { <EngineerRow wizard index /> }).collect_view()}
                    </tbody>
                </table>
            </div>
            <p class="hint" hidden=move || rows.get() != 0>{td_string!(locale, no_engineers)}</p>
            <FieldMessage wizard field="engineers".to_owned() />
            <button type="submit" name="action" value="add-engineer" class="button" id="add-engineer" on:click=add>
                {td_string!(locale, add_engineer)}
            </button>
        </fieldset>
    }
}

/// A new row's first cell takes the focus, so a keyboard user types on at once.
fn focus_new_row(index: usize) {
    request_animation_frame(move || {
        let cell = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.get_element_by_id(&format!("engineers[{index}].name")))
            .and_then(|element| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element).ok());
        if let Some(cell) = cell {
            // Focus is a convenience: a refusal leaves the row usable.
            let _ = cell.focus();
        }
    });
}

#[component]
fn EngineerRow(wizard: WizardContext, index: usize) -> impl IntoView {
    let (locale, draft) = (wizard.locale, wizard.draft);
    let read = move |pick: fn(&EngineerInput) -> String| {
        move || draft.with(|d| d.request.engineers.get(index).map(pick).unwrap_or_default())
    };
    let edit = move |change: &dyn Fn(&mut EngineerInput)| {
        draft.update(|d| {
            if let Some(row) = d.request.engineers.get_mut(index) {
                change(row);
            }
        })
    };
    let path = move |field: &str| format!("engineers[{index}].{field}");
    let invalid = move |field: &'static str| move || wizard.error_for(&path(field)).is_some().to_string();
    let automation = move || {
        draft.with(|d| d.request.engineers.get(index).and_then(|r| r.track)) == Some(Track::Automation)
    };
    let set_track = move |value: String| {
        edit(&|row| {
            row.track = Track::from_key(&value);
            if row.track != Some(Track::Automation) {
                row.certification = None;
            }
        })
    };
    let set_certification =
        move |value: String| edit(&|row| row.certification = Certification::from_key(&value));
    let number = index + 1;
    // The row as rendered, also as attributes: the server-rendered page (without WASM)
    // shows what was typed and posts it back.
    let typed = draft.with_untracked(|d| d.request.engineers.get(index).cloned()).unwrap_or_default();
    view! {
        <tr data-row=index>
            <td data-label=td_string!(locale, col_name)>
                <input
                    id=path("name")
                    name=path("name")
                    value=typed.name.clone()
                    aria-label=format!("{} {number}", td_string!(locale, col_name))
                    prop:value=read(|r| r.name.clone().unwrap_or_default())
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        edit(&|r| r.name = Some(text.clone()))
                    }
                    aria-invalid=invalid("name")
                    aria-describedby=error_id(&path("name"))
                />
                <FieldMessage wizard field=path("name") />
            </td>
            <td data-label=td_string!(locale, col_certificate)>
                <input
                    id=path("certificate_id")
                    name=path("certificate_id")
                    value=typed.certificate_id.clone()
                    aria-label=format!("{} {number}", td_string!(locale, col_certificate))
                    prop:value=read(|r| r.certificate_id.clone().unwrap_or_default())
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        edit(&|r| r.certificate_id = Some(text.clone()))
                    }
                    aria-invalid=invalid("certificate_id")
                    aria-describedby=error_id(&path("certificate_id"))
                />
                <FieldMessage wizard field=path("certificate_id") />
            </td>
            <td data-label=td_string!(locale, col_track)>
                <select
                    id=path("track")
                    name=path("track")
                    aria-label=format!("{} {number}", td_string!(locale, col_track))
                    prop:value=read(|r| r.track.map_or("", Track::key).to_owned())
                    on:change=move |ev| set_track(event_target_value(&ev))
                    aria-invalid=invalid("track")
                    aria-describedby=error_id(&path("track"))
                >
                    <option value="">{td_string!(locale, choose)}</option>
                    <option value="automation" selected={typed.track == Some(Track::Automation)}>
                        {td_string!(locale, track_automation)}
                    </option>
                    <option value="development" selected={typed.track == Some(Track::Development)}>
                        {td_string!(locale, track_development)}
                    </option>
                </select>
                <FieldMessage wizard field=path("track") />
            </td>
            <td data-label=td_string!(locale, col_certification)>
                <select
                    id=path("certification")
                    name=path("certification")
                    aria-label=format!("{} {number}", td_string!(locale, col_certification))
                    prop:value=read(|r| r.certification.map_or("", Certification::key).to_owned())
                    prop:disabled=move || !automation()
                    on:change=move |ev| set_certification(event_target_value(&ev))
                    aria-invalid=invalid("certification")
                    aria-describedby=error_id(&path("certification"))
                >
                    <option value="">{td_string!(locale, not_applicable)}</option>
                    <option value="service" selected={typed.certification == Some(Certification::Service)}>
                        {td_string!(locale, certification_service)}
                    </option>
                    <option value="usage" selected={typed.certification == Some(Certification::Usage)}>
                        {td_string!(locale, certification_usage)}
                    </option>
                </select>
                <FieldMessage wizard field=path("certification") />
            </td>
            <td data-label=td_string!(locale, col_lecturer)>
                <input
                    id=path("lecturer")
                    name=path("lecturer")
                    type="checkbox"
                    checked=typed.lecturer
                    aria-label=format!("{} {number}", td_string!(locale, col_lecturer))
                    prop:checked=move || draft.with(|d| d.request.engineers.get(index).is_some_and(|r| r.lecturer))
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        edit(&|r| r.lecturer = on)
                    }
                />
            </td>
            <td class="row-actions">
                <button
                    type="submit"
                    name="remove"
                    value=index.to_string()
                    class="button small"
                    aria-label=format!("{} {} {number}", td_string!(locale, remove_engineer), td_string!(locale, col_name))
                    on:click=move |ev| {
                        ev.prevent_default();
                        draft.update(|d| {
                            if index < d.request.engineers.len() {
                                d.request.engineers.remove(index);
                            }
                        })
                    }
                >
                    {td_string!(locale, remove_engineer)}
                </button>
            </td>
        </tr>
    }
}
