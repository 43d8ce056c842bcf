/**
 * Capitalised words that are not people: weekdays, months, tools and the words of pacing and teamwork (English and
 * German, folded to lower case). Two capitalised words in a row that are not these may be a person's name (see
 * findPossibleNames); a plural `s` is ignored.
 */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar ' +
    'märz mai juni juli oktober dezember morgen mittag abend nachmittag vormittag woche wochen tag tage monat quartal ' +
    'week month quarter year today tomorrow yesterday morning afternoon evening christmas easter new ' +
    'pacewise visual studio vs code github gitlab git bitbucket slack teams microsoft google zoom meet jira ' +
    'confluence notion linear figma miro outlook calendar kalender docker kubernetes aws azure linux windows macos ' +
    'pull merge request review reviewer pair mob programming programmierung daily weekly standup stand up deep work ' +
    'focus fokus time zeit session sitzung office hour hours sprint planning planung retro retrospective ' +
    'retrospektive demo team notes note notiz notizen insights lesson lessons micro wip limit hard stop no meeting ' +
    'meetings besprechung besprechungen termin termine kanban scrum agile lean definition done ready backlog board ' +
    'release incident on call quiet check in ins wind down break pause pausen product owner manager engineering ' +
    'design qa api ci cd devops dev ops the a an we i our my it this that and or but if when after before so then ' +
    'what why how who der die das wir ich unser mein es und oder aber wenn nach vor dann was warum wie wer ein eine ' +
    'regel neue neuer neues erste zweite first second next last letzte nächste'
  ).split(' '),
);
