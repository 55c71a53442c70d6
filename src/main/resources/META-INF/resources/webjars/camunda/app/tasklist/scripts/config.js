// Sojourn's Tasklist settings. This file takes the place of the webapp's own scripts/config.js (Sojourn's
// resources come first on the classpath); scripts/sojourn.js is Sojourn's addition (the way back to Sojourn's pages,
// signing out to Sojourn's sign-in) and styles/user-styles.css hides what facilitators and centers do not use.
export default {
  app: {
    name: 'Tasklist',
    vendor: 'Sojourn'
  },
  customScripts: ['scripts/sojourn'],
  disableWelcomeMessage: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    }
  }
};
