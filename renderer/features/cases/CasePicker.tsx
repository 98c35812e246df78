import { Select } from 'antd';
import { useEffect, useState } from 'react';
import type { Case } from '../../../shared/domain/case';
import { referencePrefix } from '../../db/caseSearch';
import { database } from '../../db/database';

const SHOWN = 12;

/**
 * A case chosen by its reference (issue 14: attaching a file, merging a
 * duplicate): the officer types a reference or its start, and the cases whose
 * references begin so are offered, read through the unique reference index
 * (a window, never the whole store). `accept` leaves out cases that may not
 * be chosen (a merge's own case, a closed one).
 */
export function CasePicker({
  value,
  onChange,
  accept,
  placeholder,
  id,
  ariaLabel,
}: {
  value?: string;
  onChange?: (caseId: string) => void;
  accept?: (c: Case) => boolean;
  placeholder: string;
  id?: string;
  ariaLabel: string;
}) {
  const [needle, setNeedle] = useState('');
  const [found, setFound] = useState<Case[]>([]);

  useEffect(() => {
    let live = true;
    const prefix = referencePrefix(needle) ?? (needle.trim() ? undefined : 'CL-');
    if (!prefix) {
      setFound([]);
      return;
    }
    // newest references first: a duplicate is usually recent
    void database()
      .cases.where('reference')
      .startsWith(prefix)
      .reverse()
      .filter((c) => accept?.(c) ?? true)
      .limit(SHOWN)
      .toArray()
      .then((cases) => {
        if (live) setFound(cases);
      });
    return () => {
      live = false;
    };
  }, [needle, accept]);

  return (
    <Select
      id={id}
      aria-label={ariaLabel}
      showSearch={{ filterOption: false, onSearch: setNeedle }}
      value={value}
      onChange={onChange}
      placeholder={placeholder}
      notFoundContent={null}
      options={found.map((c) => ({ value: c.id, label: `${c.reference} · ${c.subject.slice(0, 40)}` }))}
      style={{ width: '100%' }}
    />
  );
}
