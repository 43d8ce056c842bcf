// dist/mentorship.js: the Mentoring feature and the rituals between teams, one bundle. Their views sit side by side in
// one container whenever a space is connected, so they load together; a bundle each split their common code with
// Team Notes into more, smaller chunks (docs/architecture.md, "Bundles").
export * from '../mentorship/mentorshipFeature';
export * from './ritualsFeature';
