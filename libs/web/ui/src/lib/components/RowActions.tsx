import { MoreOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Flex, Modal, Popconfirm, Tooltip, type MenuProps } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../error-message';

/** One action on a table row. */
export interface RowAction {
  key: string;
  /** The visible text (the tooltip when the buttons show icons only). */
  label: ReactNode;
  /** The accessible name, naming the row, e.g. t('workPlan.editTask', { title }); the label when it is text. */
  ariaLabel?: string;
  icon?: ReactNode;
  /**
   * What the action does. A promise keeps the button (or the confirmation's OK) spinning until it settles; if it
   * rejects, the error's message shows as a toast (antd's <App> message).
   */
  onClick: () => void | Promise<unknown>;
  /** A toast once the promise of `onClick` has resolved, e.g. t('common.deleted'). */
  successMessage?: ReactNode;
  danger?: boolean;
  /** Asks first: the question (antd Popconfirm inline, a confirmation dialog from the overflow menu). */
  confirm?: ReactNode;
  /** The confirmation's OK text; "Delete" for a danger action, "OK" otherwise. */
  confirmOkText?: ReactNode;
  /** Not rendered at all: an action the user may not take is not shown. */
  hidden?: boolean;
  disabled?: boolean;
  /** Shown as a tooltip on a disabled action: why it cannot be taken now. */
  disabledReason?: ReactNode;
  loading?: boolean;
}

export interface RowActionsProps {
  actions: readonly RowAction[];
  /** How many actions show as buttons before the rest go into the "more" menu; 2 when left out. */
  maxInline?: number;
  /** Icon buttons (the label as tooltip) instead of text links, for narrow tables. */
  iconOnly?: boolean;
  /** The accessible name of the "more" button, e.g. naming the row; "More actions" when left out. */
  moreLabel?: string;
}

/**
 * The visible actions, split into those shown as buttons and those in the overflow menu. A menu with a single
 * action would take the room of a button, so that action shows as a button instead.
 */
export function splitRowActions<T extends Pick<RowAction, 'hidden'>>(actions: readonly T[], maxInline = 2): { inline: T[]; overflow: T[] } {
  const visible = actions.filter((action) => !action.hidden);
  if (visible.length <= maxInline + 1) return { inline: visible, overflow: [] };
  const shown = Math.max(maxInline, 0);
  return { inline: visible.slice(0, shown), overflow: visible.slice(shown) };
}

/** Runs an action: a promise's failure (or success message) is reported as a toast, never thrown on. */
function useRunAction(): (action: RowAction) => void | Promise<void> {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (action) => {
    const result = action.onClick();
    if (!result || typeof result.then !== 'function') return;
    return Promise.resolve(result).then(
      () => {
        if (action.successMessage) message.success?.(action.successMessage);
      },
      (error: unknown) => {
        message.error?.(errorMessage(error, t));
      },
    );
  };
}

const textOf = (node: ReactNode): string | undefined => (typeof node === 'string' || typeof node === 'number' ? String(node) : undefined);

function InlineAction({ action, iconOnly }: { action: RowAction; iconOnly: boolean }) {
  const { t } = useTranslation();
  const runAction = useRunAction();
  const [running, setRunning] = useState(false);
  const run = async () => {
    const result = runAction(action);
    if (!result) return;
    setRunning(true);
    await result;
    setRunning(false);
  };
  const ariaLabel = action.ariaLabel ?? textOf(action.label);
  const button = (
    <Button
      type={iconOnly ? 'text' : 'link'}
      size="small"
      danger={action.danger}
      icon={action.icon}
      disabled={action.disabled}
      loading={action.loading || running}
      aria-label={ariaLabel}
      onClick={action.confirm ? undefined : () => void run()}
    >
      {iconOnly && action.icon ? null : action.label}
    </Button>
  );
  const tooltip = action.disabled && action.disabledReason ? action.disabledReason : iconOnly && action.icon ? action.label : null;
  const withConfirm =
    action.confirm && !action.disabled ? (
      <Popconfirm
        title={action.confirm}
        okText={action.confirmOkText ?? (action.danger ? t('common.delete') : t('common.confirm'))}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: action.danger }}
        onConfirm={() => runAction(action)}
      >
        {button}
      </Popconfirm>
    ) : (
      button
    );
  // A disabled button gets no pointer events: the tooltip sits on a wrapper.
  if (!tooltip) return withConfirm;
  return <Tooltip title={tooltip}>{action.disabled ? <span style={{ display: 'inline-flex' }}>{withConfirm}</span> : withConfirm}</Tooltip>;
}

/**
 * A table row's actions: the first few as small link (or icon) buttons, the rest in a "⋮" menu. Hidden actions
 * are not rendered; an action with `confirm` asks first (Popconfirm inline, a confirmation dialog from the menu).
 * Nothing is rendered when no action is visible.
 *
 * @example
 * <RowActions
 *   actions={[
 *     { key: 'edit', label: t('common.edit'), icon: <EditOutlined />, ariaLabel: t('workPlan.editTask', { title }), onClick: () => setEditing({ task }) },
 *     { key: 'delete', label: t('common.delete'), icon: <DeleteOutlined />, danger: true, hidden: !canEdit,
 *       confirm: t('workPlan.confirmDelete', { title }), onClick: () => remove.mutateAsync(task.id) },
 *   ]}
 * />
 */
export function RowActions({ actions, maxInline = 2, iconOnly = false, moreLabel }: RowActionsProps) {
  const { t } = useTranslation();
  const [modal, contextHolder] = Modal.useModal();
  const runAction = useRunAction();
  const { inline, overflow } = splitRowActions(actions, maxInline);
  if (inline.length === 0 && overflow.length === 0) return null;

  const byKey = new Map(overflow.map((action) => [action.key, action]));
  const items: MenuProps['items'] = overflow.map((action) => ({
    key: action.key,
    label: action.label,
    icon: action.icon,
    danger: action.danger,
    disabled: action.disabled || action.loading,
  }));
  const onMenuClick: MenuProps['onClick'] = ({ key, domEvent }) => {
    domEvent.stopPropagation();
    const action = byKey.get(key);
    if (!action) return;
    if (!action.confirm) {
      void runAction(action);
      return;
    }
    modal.confirm({
      title: action.confirm,
      okText: action.confirmOkText ?? (action.danger ? t('common.delete') : t('common.confirm')),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: action.danger },
      onOk: () => runAction(action),
    });
  };

  return (
    <Flex gap={iconOnly ? 2 : 0} align="center" wrap={false} onClick={(event) => event.stopPropagation()}>
      {inline.map((action) => (
        <InlineAction key={action.key} action={action} iconOnly={iconOnly} />
      ))}
      {overflow.length > 0 && (
        <Dropdown menu={{ items, onClick: onMenuClick }} trigger={['click']}>
          <Button type="text" size="small" icon={<MoreOutlined />} aria-label={moreLabel ?? t('common.more')} />
        </Dropdown>
      )}
      {contextHolder}
    </Flex>
  );
}
