/** Every command Pacewise contributes; package.json lists the same ids (checked by a test). */
export const CommandId = {
  startFocusSession: 'pacewise.startFocusSession',
  pauseSession: 'pacewise.pauseSession',
  resumeSession: 'pacewise.resumeSession',
  togglePause: 'pacewise.togglePause',
  stopSession: 'pacewise.stopSession',
  extendSession: 'pacewise.extendSession',
  startBreak: 'pacewise.startBreak',
  skipBreak: 'pacewise.skipBreak',
  logInterruption: 'pacewise.logInterruption',
  showToday: 'pacewise.showToday',
  showActions: 'pacewise.showActions',
  showSidebar: 'pacewise.showSidebar',
  checkIn: 'pacewise.checkIn',
} as const;
