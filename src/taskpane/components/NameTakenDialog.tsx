// The question asked when a sheet of the report's name exists and the person chose to be asked.
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import { useText } from "./lang";

export interface NameTakenQuestion {
  readonly wanted: string;
  readonly suggestion: string;
  readonly answer: (copy: boolean) => void;
}

export function NameTakenDialog({ question }: { question: NameTakenQuestion | null }) {
  const t = useText();
  return (
    <Dialog open={question !== null} modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("conflictTitle")}</DialogTitle>
          <DialogContent>{question && t("conflictBody", { wanted: question.wanted, suggestion: question.suggestion })}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => question?.answer(true)}>
              {t("conflictCopy")}
            </Button>
            <Button onClick={() => question?.answer(false)}>{t("conflictCancel")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
