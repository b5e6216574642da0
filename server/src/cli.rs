//! The command line: `partner-portal` serves; `partner-portal reviewer …` manages accounts.

use std::io::{BufRead, IsTerminal};

use anyhow::{Context, bail};
use clap::{Parser, Subcommand, ValueEnum};

use crate::accounts::{self, Role};
use crate::db::{self, Database};

#[derive(Debug, Parser)]
#[command(name = "partner-portal", about = "The Partner Portal server and its account tools")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the site (the default).
    Serve,
    /// Manage reviewer and admin accounts.
    #[command(subcommand)]
    Reviewer(ReviewerCommand),
}

#[derive(Debug, Subcommand)]
pub enum ReviewerCommand {
    /// Create an account. The password is read from the terminal (asked twice) or, when
    /// stdin is not a terminal, from its first line; never from the command line.
    Add {
        #[arg(long)]
        email: String,
        #[arg(long, value_enum, default_value_t = RoleArg::Reviewer)]
        role: RoleArg,
    },
    /// List every account.
    List,
    /// Disable an account: it can no longer sign in; its history stays.
    Disable {
        #[arg(long)]
        email: String,
    },
    /// Remove an account's second factor (a lost phone, no recovery code left): its sessions
    /// end, and it sets up an authenticator again at its next sign-in.
    ResetTwoFactor {
        #[arg(long)]
        email: String,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum RoleArg {
    Reviewer,
    Admin,
}

impl From<RoleArg> for Role {
    fn from(role: RoleArg) -> Self {
        match role {
            RoleArg::Reviewer => Role::Reviewer,
            RoleArg::Admin => Role::Admin,
        }
    }
}

/// Runs an account command against the configured database and prints what it did.
pub async fn run_reviewer_command(db: &Database, command: ReviewerCommand) -> anyhow::Result<()> {
    match command {
        ReviewerCommand::Add { email, role } => {
            let password = read_password()?;
            accounts::add_reviewer(db, &email, role.into(), password).await?;
            let email = email.trim().to_lowercase();
            db::record_staff_event(db, &email, "added", COMMAND_LINE, &now()?).await?;
            println!("created {email} ({})", Role::from(role));
        }
        ReviewerCommand::List => {
            for reviewer in db::list_reviewers(db).await? {
                let state = if reviewer.disabled { "disabled" } else { "active" };
                let second = if reviewer.two_factor { "two-factor" } else { "password only" };
                println!(
                    "{}\t{}\t{}\t{second}\tsince {}",
                    reviewer.email, reviewer.role, state, reviewer.created_at
                );
            }
        }
        ReviewerCommand::Disable { email } => {
            let email = accounts::normalise_email(&email).context("not an email address")?;
            if !db::disable_reviewer(db, &email).await? {
                bail!("no account has the email {email}");
            }
            db::record_staff_event(db, &email, "disabled", COMMAND_LINE, &now()?).await?;
            println!("disabled {email}");
        }
        ReviewerCommand::ResetTwoFactor { email } => {
            let email = accounts::normalise_email(&email).context("not an email address")?;
            let account =
                db::find_reviewer_by_email(db, &email).await?.context("no account has this email")?;
            let unix = time::OffsetDateTime::now_utc().unix_timestamp();
            db::reset_second_factor(db, account.id, COMMAND_LINE, &now()?, unix).await?;
            println!("reset two-factor sign-in of {email}: it sets up an authenticator at its next sign-in");
        }
    }
    Ok(())
}

/// Who the staff trail names for changes made here.
const COMMAND_LINE: &str = "command line";

fn now() -> anyhow::Result<String> {
    crate::clock::Clock::default().now_rfc3339().context("reading the clock")
}

fn read_password() -> anyhow::Result<String> {
    if std::io::stdin().is_terminal() {
        let first = rpassword::prompt_password("Password: ").context("reading the password")?;
        let second = rpassword::prompt_password("Again: ").context("reading the password")?;
        if first != second {
            bail!("the two passwords differ");
        }
        return Ok(first);
    }
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line).context("reading the password from stdin")?;
    Ok(line.trim_end_matches(['\r', '\n']).to_owned())
}
