import { db } from "~/utils/db.server";

/** A mentor's open tasks for one producer, soonest due first. */
export async function listOpenTasks(producerId: string) {
  return db.mentorTask.findMany({
    where: { producerId, doneAt: null },
    orderBy: [{ dueDate: "asc" }, { createdAt: "asc" }],
    select: { id: true, title: true, dueDate: true, author: { select: { name: true } } },
  });
}

/** Marks one of the producer's own open tasks done; false when there is no such open task. */
export async function completeTask(producerId: string, taskId: string, userId: string) {
  const { count } = await db.mentorTask.updateMany({
    where: { id: taskId, producerId, doneAt: null },
    data: { doneAt: new Date(), doneById: userId },
  });
  return count === 1;
}
