import type { ToolDefinition } from '../tools/ToolDefinition';
import { createReminderTools } from './reminderTools';
import { createTodoTools, type AssistantToolOptions } from './todoTools';

/** The eight household-assistant tools, offered next to the graph tools to both model providers. */
export function createAssistantTools(options: AssistantToolOptions): ToolDefinition[] {
  return [...createTodoTools(options), ...createReminderTools(options)];
}

export const ASSISTANT_TOOL_NAMES = [
  'create_todo', 'get_todos', 'complete_todo', 'update_todo', 'delete_todo', 'create_reminder', 'get_reminders', 'delete_reminder',
] as const;
