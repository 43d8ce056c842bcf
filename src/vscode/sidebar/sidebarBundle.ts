// dist/sidebar.js: the features the sidebar shows, in one bundle because they are used together — the sidebar needs
// all of them at once, and a session's end (the first moment for a pacing question or a check-in) needs the questions
// with git and the check-in. Split per feature they cost ~10 KiB more in the package and a require() each.
export { createCheckin } from '../focus/checkinFeature';
export { createGit } from '../git/gitFeature';
export { createPrompts } from '../prompts/promptsFeature';
export { createReflection } from '../reflection/reflectionFeature';
export { createExperiments } from '../experiments/experimentsFeature';
export { createSidebar } from './sidebarFeature';
export { createWipTree } from '../wip/wipTreeFeature';
export { LessonTree } from '../reflection/lessonTree';
