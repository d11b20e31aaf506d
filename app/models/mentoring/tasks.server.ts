import { recordAudit } from "~/models/audit/audit.server";
import { mailProducerMembers } from "~/models/producers/notify-members.server";
import { scheduleMailDelivery } from "~/models/mail/outbox.server";
import { db, type Prisma } from "~/utils/db.server";
import { formatDateFor } from "~/models/mentoring/task-dates.server";

/** A producer's tasks for the staff page: open ones by due date, then the done ones, newest first. */
export async function listTasksForStaff(producerId: string) {
  const tasks = await db.mentorTask.findMany({
    where: { producerId },
    orderBy: [{ dueDate: "asc" }, { createdAt: "asc" }],
    select: { id: true, title: true, dueDate: true, doneAt: true, createdAt: true, author: { select: { name: true } } },
  });
  const rows = tasks.map((t) => ({
    id: t.id,
    title: t.title,
    dueDate: t.dueDate.toISOString(),
    doneAt: t.doneAt?.toISOString() ?? null,
    author: t.author.name,
  }));
  return {
    open: rows.filter((t) => !t.doneAt),
    done: rows.filter((t) => t.doneAt).sort((a, b) => (b.doneAt ?? "").localeCompare(a.doneAt ?? "")),
  };
}

/** Adds a task the producer sees (and ticks off) on their dashboard; they are mailed about it. */
export async function addMentorTask(actorId: string, producerId: string, input: { title: string; dueDate: Date }): Promise<boolean> {
  const added = await db.$transaction(async (tx) => {
    const producer = await tx.producer.findUnique({ where: { id: producerId }, select: { id: true } });
    if (!producer) return false;
    const task = await tx.mentorTask.create({
      data: { producerId, authorId: actorId, title: input.title, dueDate: input.dueDate },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId,
      action: "task.add",
      entityType: "MentorTask",
      entityId: task.id,
      after: { producerId, title: input.title, dueDate: input.dueDate.toISOString() },
    });
    await mailProducerMembers(tx, producerId, "admin.mail.taskAdded", (locale) => ({
      title: input.title,
      due: formatDateFor(input.dueDate, locale),
    }));
    return true;
  });
  if (added) scheduleMailDelivery();
  return added;
}

/**
 * Open tasks across producers: a mentor sees the producers assigned to them, an admin every
 * producer (or, with `mineOnly`, their own). Overdue ones first.
 */
export async function taskOverview(viewer: { id: string; role: string }, options: { mineOnly?: boolean } = {}, now = new Date()) {
  const scoped = viewer.role !== "ADMIN" || options.mineOnly;
  const where: Prisma.MentorTaskWhereInput = {
    doneAt: null,
    ...(scoped ? { producer: { mentorId: viewer.id } } : {}),
  };
  const tasks = await db.mentorTask.findMany({
    where,
    orderBy: [{ dueDate: "asc" }, { createdAt: "asc" }],
    take: 500,
    select: {
      id: true,
      title: true,
      dueDate: true,
      producer: { select: { id: true, name: true, mentor: { select: { name: true } } } },
    },
  });
  const rows = tasks.map((t) => ({
    id: t.id,
    title: t.title,
    dueDate: t.dueDate.toISOString(),
    producerId: t.producer.id,
    producerName: t.producer.name,
    mentor: t.producer.mentor?.name ?? null,
  }));
  return {
    scoped: !!scoped,
    overdue: rows.filter((t) => new Date(t.dueDate) < now),
    open: rows.filter((t) => new Date(t.dueDate) >= now),
  };
}
