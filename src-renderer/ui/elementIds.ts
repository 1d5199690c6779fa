/** DOM ids that global shortcuts move focus to. */
export const COMPOSER_INPUT_ID = 'composer-input';
export const HOME_SEARCH_INPUT_ID = 'home-search-input';
export const CONVERSATION_SEARCH_INPUT_ID = 'conversation-search-input';
