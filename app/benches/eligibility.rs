//! The eligibility engine on a 50-engineer roster (native): what the wizard recomputes on
//! every change — read the typed draft, then evaluate it against the policy — and each half
//! alone. `cargo bench -p app --bench eligibility` (scripts/bench prints it with the rest).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};

use app::api::{DeclarationsInput, EligibilityRequest, EngineerInput};
use app::domain::{Category, Certification, Declaration, EnterpriseLevel, Track, current_policy, evaluate};

/// An Enterprise (Third level) applicant with 50 engineers: automation engineers with Service
/// or Usage certifications, development engineers, a few lecturers, every declaration ticked.
fn fifty_engineers() -> EligibilityRequest {
    let engineers = (0..50)
        .map(|n| EngineerInput {
            name: Some(format!("Engineer {n}")),
            certificate_id: Some(format!("BK-{n:04}")),
            track: Some(if n % 2 == 0 { Track::Automation } else { Track::Development }),
            certification: (n % 2 == 0).then_some(if n % 4 == 0 {
                Certification::Service
            } else {
                Certification::Usage
            }),
            lecturer: n % 10 == 0,
        })
        .collect();
    let mut declarations = DeclarationsInput::default();
    for declaration in Declaration::ALL {
        declarations.set(declaration, Some(true));
    }
    EligibilityRequest {
        category: Some(Category::Enterprise),
        enterprise_level: Some(EnterpriseLevel::Third),
        engineers,
        declarations,
        brand_description: None,
    }
}

fn engine(c: &mut Criterion) {
    let request = fifty_engineers();
    let draft = request.parse().expect("the roster is valid");
    let policy = current_policy();
    c.bench_function("parse + evaluate, 50 engineers (one wizard change)", |b| {
        b.iter(|| {
            let draft = black_box(&request).parse().expect("valid");
            evaluate(&draft, policy)
        })
    });
    c.bench_function("evaluate, 50 engineers", |b| b.iter(|| evaluate(black_box(&draft), policy)));
    c.bench_function("parse, 50 engineers", |b| b.iter(|| black_box(&request).parse()));
}

criterion_group!(benches, engine);
criterion_main!(benches);
